// The renderer's single way to reach main: window.msn in Electron, else the loopback WebSocket
// bridge of the web harness (renderer/src/bridge).
export { getBridge } from '../bridge';
