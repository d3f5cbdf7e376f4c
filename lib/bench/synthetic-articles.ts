// Realistic synthetic French press articles for the benchmarks: the corpus's subject (security
// cooperation between Morocco, France and the United States), its people, places and outlets with
// their spelling variants, 2–8k characters each, deterministic for a given seed.

export type SyntheticArticle = { title: string; text: string; source: string; published: string; language: string };

const people = [
  "Nasser Bourita", "Nacer Bourita", "Abdellatif Loudiyi", "Abdeltif Loudyi", "Abdellatif Hammouchi", "Gérald Darmanin",
  "Sébastien Lecornu", "Jean-Noël Barrot", "Lloyd Austin", "Mark Esper", "Antony Blinken", "Emmanuel Macron",
  "le général Mohammed Berrid", "le général Thierry Burkhard", "Catherine Colonna", "Michael Langley", "Fouzi Lekjaa",
];
const organisations = [
  "la DGST", "la Direction générale de la surveillance du territoire", "les Forces armées royales", "la DCSD", "l'AFRICOM",
  "le ministère des Armées", "le Bureau central d'investigations judiciaires", "la DGSE", "l'OTAN", "Interpol", "Europol",
  "la Gendarmerie royale", "la Marine royale", "Naval Group", "Thales", "Lockheed Martin", "Safran", "l'Union européenne",
];
const places = [
  "Rabat", "Paris", "Washington", "Casablanca", "Tanger", "Agadir", "Dakhla", "Marrakech", "Kénitra", "Bamako", "Niamey",
  "Nouakchott", "Alger", "Tunis", "Madrid", "Bruxelles", "le Sahel", "le détroit de Gibraltar", "Ben Guerir", "Tan-Tan",
];
const topics = [
  ["la lutte antiterroriste", "le démantèlement d'une cellule terroriste", "la prévention de la radicalisation", "les combattants étrangers"],
  ["le renseignement", "l'échange d'informations", "la coopération entre services", "le partage de données sensibles"],
  ["l'industrie de défense", "la production de drones", "un contrat d'armement", "la maintenance des hélicoptères"],
  ["l'exercice African Lion", "des manœuvres conjointes", "un exercice naval", "l'entraînement des forces spéciales"],
  ["la cybersécurité", "une cyberattaque", "la protection des infrastructures critiques", "la cybercriminalité"],
  ["la migration irrégulière", "le contrôle des frontières", "le trafic de migrants", "la surveillance maritime"],
  ["la sécurité des Jeux olympiques", "la sécurité de la Coupe du monde 2030", "la protection des grands événements"],
  ["la formation des officiers", "le renforcement des capacités", "une école de cyberdéfense", "des bourses militaires"],
  ["le Sahara occidental", "le plan d'autonomie", "la question saharienne", "la résolution du Conseil de sécurité"],
  ["le spatial militaire", "un satellite d'observation", "l'intelligence artificielle", "la sécurité maritime"],
];
const outlets = [
  "Le Desk", "Le360", "Hespress FR", "TelQuel", "Médias24", "Le Monde", "Jeune Afrique", "Le Figaro", "Libération", "Le Matin",
  "L'Économiste", "Maroc Diplomatique", "Barlamane", "H24info", "Africa Intelligence", "Opex360", "RFI", "France 24", "Yabiladi", "Le Point",
];
const verbs = ["a rencontré", "s'est entretenu avec", "a reçu", "a accueilli", "a félicité", "a salué l'engagement de", "a signé un accord avec"];
const connectors = ["Par ailleurs,", "Selon une source proche du dossier,", "De son côté,", "Dans un communiqué,", "À cette occasion,", "En outre,", "Toujours selon nos informations,", "Pour rappel,"];
const closings = [
  "Les deux parties ont convenu de se revoir avant la fin de l'année.",
  "Aucun calendrier précis n'a toutefois été communiqué.",
  "Cette rencontre intervient dans un contexte régional marqué par l'instabilité.",
  "Les observateurs y voient le signe d'un réchauffement durable des relations bilatérales.",
  "Un nouveau cycle de discussions est prévu au printemps.",
];
const months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** A small, fast deterministic generator (mulberry32): the same seed always gives the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function* syntheticArticles(count: number, seed = 1): Generator<SyntheticArticle> {
  const next = random(seed);
  // Skewed choice: the first items of a list (the main actors, the main outlets) come up more often, as in the press.
  const pick = <T>(list: readonly T[]): T => list[Math.floor(list.length * next() ** 1.6)] as T;
  const castOf = <T>(list: readonly T[], size: number): T[] => [...new Set(Array.from({ length: size }, () => pick(list)))];
  for (let index = 0; index < count; index++) {
    // Like a real article, each one has its cast: a few people, organisations and places, one or two subjects.
    const cast = { people: castOf(people, 3), organisations: castOf(organisations, 3), places: castOf(places, 3), topics: castOf(topics, 2).flat() };
    const person = () => pick(cast.people);
    const organisation = () => pick(cast.organisations);
    const place = () => pick(cast.places);
    const topic = () => pick(cast.topics);
    const year = 2015 + Math.floor(next() * 11);
    const month = Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const sentence = () => {
      const kind = Math.floor(next() * 6);
      if (kind === 0) return `${pick(connectors)} ${person()} ${pick(verbs)} ${person()} à ${place()} pour évoquer ${topic()}.`;
      if (kind === 1) return `${pick(connectors)} ${organisation()} et ${organisation()} renforcent ${topic()} entre ${place()} et ${place()}.`;
      if (kind === 2) return `Le ${1 + Math.floor(next() * 28)} ${pick(months)}, ${person()} a annoncé à ${place()} de nouvelles mesures concernant ${topic()}.`;
      if (kind === 3 && next() < 0.3) return `${pick(connectors)} la coopération sécuritaire entre le Maroc et ses partenaires porte désormais sur ${topic()}.`;
      if (kind === 4) return `${pick(connectors)} ${organisation()} a confirmé que ${topic()} restait une priorité pour ${place()}.`;
      return pick(closings);
    };
    const target = 2000 + Math.floor(next() * 6000);
    const paragraphs: string[] = [];
    let length = 0;
    while (length < target) {
      const paragraph = Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(" ");
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    const lead = cast.people[0] as string;
    yield {
      title: `${lead.replace(/^le général /, "Le général ")} à ${cast.places[0]} : ${cast.topics[0]} au cœur des discussions (${index + 1})`,
      text: paragraphs.join("\n\n"),
      source: pick(outlets),
      published: `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      language: "fr",
    };
  }
}

/** What people type in the search box of such a corpus: names, subjects, places, two or three words. */
export const benchmarkQueries = [
  "securite maroc", "coopération militaire", "terrorisme", "african lion", "renseignement france", "cybersécurité",
  "migration frontières", "Bourita", "DGST", "formation officiers", "contrat armement", "Sahel", "Loudiyi Rabat",
  "drones", "jeux olympiques sécurité", "Sahara occidental autonomie", "Hammouchi", "satellite", "Naval Group", "exercice naval Dakhla",
  "\"coopération sécuritaire\"", "Darmanin Rabat terrorisme", "intelligence artificielle", "cyberattaque", "Tanger migrants",
];
