import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type EntityList } from './data-source.js';

@Module({})
export class DatabaseModule {
  static forRoot(url: string, entities: EntityList, applicationName: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(url, entities, applicationName), retryAttempts: 3 }),
      ],
    };
  }
}
