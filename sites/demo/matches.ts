// Where `npm start` serves the demo page. Added to the content script's matches in demo builds only
// (see wxt.config.ts); kept free of side effects because the config imports it in Node.
export const DEMO_PORT = 5177;
export const DEMO_MATCHES = [`http://localhost/*`, `http://127.0.0.1/*`];
