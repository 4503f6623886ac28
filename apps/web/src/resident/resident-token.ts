/** The resident's link: `…/inwoner#rl_<43 characters>`; the token never leaves the fragment. */
const TOKEN = /^rl_[A-Za-z0-9_-]{43}$/;

export function tokenFromFragment(hash: string): string | null {
  const candidate = decodeURIComponent(hash.replace(/^#/, '')).trim();
  return TOKEN.test(candidate) ? candidate : null;
}
