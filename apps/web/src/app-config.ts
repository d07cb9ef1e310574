/** What the server tells the app at start (GET /app-config.json, apps/api/src/web/app-config.controller.ts). */
export interface AppConfig {
  realtimeUrl: string;
}

/** Reads /app-config.json; without it (the Vite dev server alone), the realtime service on port 3001 of this host. */
export async function loadAppConfig(): Promise<AppConfig> {
  const fallback = { realtimeUrl: `${location.protocol}//${location.hostname}:3001` };
  try {
    const response = await fetch('/app-config.json', { headers: { accept: 'application/json' } });
    if (!response.ok) return fallback;
    const config = (await response.json()) as Partial<AppConfig>;
    return { realtimeUrl: config.realtimeUrl ?? fallback.realtimeUrl };
  } catch {
    return fallback;
  }
}
