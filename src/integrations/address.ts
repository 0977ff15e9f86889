/**
 * A build meant for publishing must not silently carry a local address: `astro build` without SITE_URL stops
 * here, before any page is written, with the message saying how to set it (src/lib/urls.ts). The hook knows
 * the command however Astro was started (the CLI, or `build()` from a script such as the bench).
 */
import type { AstroIntegration } from 'astro';
import { publicAddress } from '../lib/urls.ts';

export function requireAddress(): AstroIntegration {
  return {
    name: 'digest:address',
    hooks: {
      'astro:config:setup': ({ command }) => {
        publicAddress(process.env, command);
      },
    },
  };
}
