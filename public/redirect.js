// A retired URL's page (written by src/integrations/redirects.ts) moves on to the new address and keeps the
// #fragment the reader asked for (a ¶ anchor such as #p12), which its <noscript> meta refresh cannot do.
// A file, not inline code: the site's CSP allows scripts from its own files only.
const to = document.querySelector('script[data-redirect-to]')?.dataset.redirectTo;
if (to) location.replace(to + location.search + location.hash);
