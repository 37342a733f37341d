/**
 * Where the add-in is served from. Development: https://localhost:3000/ (manifest.xml as written). Production:
 * one build setting, ADDIN_BASE_URL (an https URL, e.g. https://addins.example.gov.cn/bangfu/), which
 * dist/manifest.xml uses for every URL; its AppDomain is the URL's origin. Without it the build uses
 * PLACEHOLDER_BASE and says so. CommonJS: webpack.config.js and the TypeScript scripts share it.
 */
const DEV_BASE = 'https://localhost:3000/';
const PLACEHOLDER_BASE = 'https://addins.example.gov.cn/bangfu/';

/** The production base URL from `env` (process.env): https, ends with '/', no query or fragment. */
function addinBaseUrl(env = process.env) {
  const raw = (env.ADDIN_BASE_URL || '').trim();
  if (!raw) return { base: PLACEHOLDER_BASE, placeholder: true };
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must be https (Office loads add-ins only over https): ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL must not have a query or fragment: ${raw}`);
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) throw new Error(`ADDIN_BASE_URL must be the server's address, not ${url.hostname}`);
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { base, placeholder: false };
}

/** manifest.xml for production: every development URL moved under `base`, the AppDomain set to its origin. */
function productionManifest(xml, base) {
  const origin = new URL(base).origin;
  const devOrigin = DEV_BASE.slice(0, -1);
  return xml.split(DEV_BASE).join(base).split(devOrigin).join(origin);
}

module.exports = { DEV_BASE, PLACEHOLDER_BASE, addinBaseUrl, productionManifest };
