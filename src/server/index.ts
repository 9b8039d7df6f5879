export { LOOPBACK_HOSTS, type AccessSettings } from './access.js';
export { createApp, type ServerSettings } from './app.js';
