// The renderer's way to main: see web-bridge.ts.
export { BridgeError, createWebBridge, getBridge } from './web-bridge';
