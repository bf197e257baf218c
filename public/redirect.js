// Redirect pages (a current version's own URL, /standards/<id>/<version>/; a one-version history
// page) send the reader on to the page named in <html data-redirect>, keeping the #clause anchor the
// link carried (a meta refresh alone drops it) unless the target names its own. An external file,
// because the site's CSP allows no inline script.
const target = document.documentElement.dataset.redirect;
if (target) location.replace(target.includes('#') ? target : target + location.hash);
