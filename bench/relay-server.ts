// The baseline of bench/fanout.ts: a bare socket.io relay in its own process. No authentication, no validation,
// no storage: `join` puts the socket in the room, `send` is relayed to the room and acknowledged.
import { Server } from 'socket.io';

const io = new Server({ maxHttpBufferSize: 64 * 1024 });
io.on('connection', (socket) => {
  socket.on('join', (room: string, ack: () => void) => {
    void socket.join(room);
    ack();
  });
  socket.on('send', (payload: { room: string; message: unknown }, ack: () => void) => {
    io.to(payload.room).emit('message', payload.message);
    ack();
  });
});
io.listen(Number(process.env.PORT));
process.send?.('ready');
process.on('SIGTERM', () => void io.close(() => process.exit(0)));
