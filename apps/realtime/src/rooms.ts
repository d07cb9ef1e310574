export { memberRoom, sessionRoom, threadRoom } from '#libs/realtime-publisher';
