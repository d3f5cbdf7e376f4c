// Language of a text as an ISO 639-1 code, from franc's trigram model; undefined when the text is too
// short to tell or the language has no two-letter code here.
import { franc } from "franc-min";

const iso6391: Record<string, string> = {
  fra: "fr", eng: "en", spa: "es", deu: "de", ita: "it", por: "pt", nld: "nl", arb: "ar", tur: "tr", pol: "pl", ron: "ro",
  rus: "ru", ukr: "uk", bel: "be", bul: "bg", ces: "cs", hun: "hu", swe: "sv", hrv: "hr", srp: "sr", bos: "bs", ind: "id",
  zlm: "ms", vie: "vi", jav: "jv", sun: "su", tgl: "tl", swh: "sw", hau: "ha", yor: "yo", ibo: "ig", zul: "zu", som: "so",
  kin: "rw", lin: "ln", urd: "ur", pes: "fa", hin: "hi", mar: "mr", npi: "ne", kaz: "kk", uzn: "uz", azj: "az", ckb: "ku",
};

const MINIMUM_LENGTH = 50;

export function detectLanguage(text: string): string | undefined {
  if (text.trim().length < MINIMUM_LENGTH) return undefined;
  return iso6391[franc(text.slice(0, 2000), { minLength: MINIMUM_LENGTH })];
}
