export { memberRoom, threadRoom } from '#libs/realtime-publisher';
