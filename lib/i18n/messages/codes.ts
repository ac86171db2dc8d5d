// UI strings of the codes domain. Same keys in en and fr (a test checks it).
export default {
  en: {} as Record<string, string>,
  fr: {} as Record<string, string>,
};
