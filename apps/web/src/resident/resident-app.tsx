/** Placeholder replaced by the resident page. */
export function createResidentApp() {
  return function ResidentApp() {
    return null;
  };
}
