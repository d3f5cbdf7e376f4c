// The starter taxonomy for security cooperation and the default entity types. Inserted when missing
// on every start, never overwriting what an admin has changed since.
import type { Database } from "@/lib/db/client";

type StarterTheme = { slug: string; fr: string; en: string; children?: StarterTheme[] };

export const starterThemes: StarterTheme[] = [
  {
    slug: "internal-security",
    fr: "Sécurité intérieure",
    en: "Internal security",
    children: [
      { slug: "counter-terrorism", fr: "Lutte antiterroriste", en: "Counter-terrorism" },
      { slug: "intelligence", fr: "Renseignement", en: "Intelligence" },
      { slug: "law-enforcement", fr: "Coopération policière et judiciaire", en: "Law enforcement" },
      { slug: "border-migration", fr: "Frontières et migrations", en: "Border & migration" },
      { slug: "major-event-security", fr: "Sécurité des grands événements", en: "Major-event security" },
      { slug: "cyber", fr: "Cybersécurité", en: "Cyber" },
    ],
  },
  {
    slug: "defense",
    fr: "Défense",
    en: "Defense",
    children: [
      { slug: "military-cooperation", fr: "Coopération militaire", en: "Military cooperation" },
      { slug: "military-exercises", fr: "Exercices militaires", en: "Military exercises" },
      { slug: "training-capacity-building", fr: "Formation et renforcement des capacités", en: "Training & capacity building" },
      { slug: "defense-industry", fr: "Industrie de défense", en: "Defense industry" },
      { slug: "arms-sales", fr: "Ventes d'armes", en: "Arms sales" },
      { slug: "maritime-security", fr: "Sécurité maritime", en: "Maritime security" },
      { slug: "space", fr: "Spatial", en: "Space" },
      { slug: "artificial-intelligence", fr: "Intelligence artificielle", en: "Artificial intelligence" },
    ],
  },
  {
    slug: "diplomacy",
    fr: "Diplomatie",
    en: "Diplomacy",
    children: [
      { slug: "western-sahara", fr: "Sahara occidental", en: "Western Sahara" },
      { slug: "sahel-security", fr: "Sécurité au Sahel", en: "Sahel security" },
    ],
  },
];

export const starterEntityTypes = [
  { key: "PERSON", labelFr: "Personne", labelEn: "Person", color: "#2563eb" },
  { key: "ORG", labelFr: "Organisation", labelEn: "Organisation", color: "#16a34a" },
  { key: "LOCATION", labelFr: "Lieu", labelEn: "Place", color: "#d97706" },
];

export async function ensureStarterTaxonomy(db: Database): Promise<void> {
  await db.entityType.createMany({ data: starterEntityTypes, skipDuplicates: true });
  const insert = async (themes: StarterTheme[], parentId: string | null) => {
    for (const [position, theme] of themes.entries()) {
      const existing = await db.theme.findUnique({ where: { slug: theme.slug }, select: { id: true } });
      const id =
        existing?.id ??
        (await db.theme.create({ data: { slug: theme.slug, labelFr: theme.fr, labelEn: theme.en, parentId, position } })).id;
      await insert(theme.children ?? [], id);
    }
  };
  await insert(starterThemes, null);
}
