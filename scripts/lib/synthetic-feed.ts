/**
 * A synthetic Open Referral UK v3 feed of N services for the benchmark: many areas, every kind
 * of help, realistic plain-English text, and (if asked) a share of broken records like those
 * real council feeds contain. Deterministic: the same N and seed give the same feed.
 */
import { kindsOfHelp, languages, specificSupport, audiences, type KindOfHelpId } from '../../src/lib/vocabulary/index.ts';
import { toOrukService } from '../../src/lib/openreferral/index.ts';
import { serviceSchema, type Service } from '../../src/schemas/service.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';

const TOWNS = [
  'Ashby',
  'Barford',
  'Carlton',
  'Dunmore',
  'Elmstead',
  'Farley',
  'Glenholm',
  'Harwood',
  'Ingleby',
  'Kelbrook',
  'Langley',
  'Marston',
  'Norwood',
  'Oakham',
  'Pendle',
  'Quarry Bank',
  'Redhill',
  'Stanton',
  'Thornbury',
  'Upton',
  'Waverley',
  'Yardley',
];
const SUFFIXES = ['', ' North', ' South', ' East', ' West', ' Green', ' Park', ' Vale'];
const STREETS = ['High Street', 'Church Road', 'Station Road', 'Mill Lane', 'Park Avenue', 'Victoria Road', 'Queens Road', 'Green Lane', 'The Parade', 'Market Place'];
const PLACES = ['Library', 'Community Centre', 'Family Hub', 'Village Hall', 'Jobcentre', 'Health Centre', 'Church Hall', 'Youth Centre', 'Housing Office', 'Adult Learning Centre'];
const ORG_KINDS = ['Libraries', 'Community Trust', 'Housing', 'Age Friendly', 'Digital Skills Network', 'Advice Centre', 'Tech Reuse', 'Adult Learning', 'Refugee Welcome', 'Health Partnership'];
/** Parts of made-up venue names ("Ashcombe", "Bramleigh"): 1,600 names, so a venue's name is a word few listings share, as in a real directory. */
const NAME_STARTS = [
  'Ash',
  'Bram',
  'Cal',
  'Dun',
  'Elm',
  'Fen',
  'Gold',
  'Hal',
  'Ivy',
  'Kings',
  'Lang',
  'Mal',
  'Nor',
  'Oak',
  'Pen',
  'Quen',
  'Rose',
  'Sal',
  'Thorn',
  'Ux',
  'Ver',
  'Wal',
  'Yew',
  'Bel',
  'Cor',
  'Dal',
  'Fair',
  'Glen',
  'Hol',
  'Kel',
  'Lin',
  'Mar',
  'Ock',
  'Pol',
  'Rad',
  'Stan',
  'Tam',
  'Wen',
  'Bur',
  'Carn',
];
/**
 * A venue's name is a start and an end (1,600 names), with a middle that changes every 1,600
 * listings ("Ash" + "den" + "combe"), so that at any size most names are shared by only a few
 * listings, as in a real directory. Without it, at 25,000 listings every name was used 5 times or
 * more, and no search for one venue by its name could be tried. Below 1,600 listings no middle is added.
 */
const NAME_MIDDLES = ['', 'den', 'ing', 'by', 'ham', 'ley', 'er', 'well', 'brook', 'thorpe', 'stead', 'cot', 'dale', 'holm', 'worth', 'grave'];
const NAMES_PER_MIDDLE = 1_600;
const NAME_ENDS = [
  'combe',
  'leigh',
  'ford',
  'wick',
  'bury',
  'ton',
  'field',
  'mere',
  'dale',
  'hurst',
  'worth',
  'stead',
  'brook',
  'ham',
  'ley',
  'thorpe',
  'by',
  'cott',
  'den',
  'gate',
  'holme',
  'lock',
  'more',
  'ridge',
  'shaw',
  'stow',
  'well',
  'wood',
  'court',
  'bourne',
  'minster',
  'haven',
  'acre',
  'barrow',
  'cliffe',
  'crest',
  'fold',
  'garth',
  'lea',
  'marsh',
];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const SUMMARIES: Record<KindOfHelpId, string> = {
  'free-wifi': 'Use free Wi-Fi on your own phone, tablet or laptop.',
  'public-computers': 'Use a computer and the internet for free, with help nearby.',
  'device-to-borrow': 'Borrow a laptop or tablet for up to three months.',
  'device-to-keep': 'Get a free refurbished laptop or tablet to keep.',
  'refurbished-devices': 'Buy a checked and cleaned laptop or phone at a low price.',
  'device-donation': 'Give an old laptop, tablet or phone so someone else can use it.',
  'free-sim-or-data': 'Get a free SIM card with data for six months.',
  'social-tariffs': 'Get help to find a cheaper broadband or phone deal.',
  'drop-in-help': 'Turn up with your phone or tablet and ask for help.',
  'one-to-one-help': 'A friendly helper shows you, one to one, at your own pace.',
  'group-course': 'Learn the basics of the internet in a small, friendly group.',
  'phone-help': 'Call and someone talks you through it, step by step.',
  'help-with-forms': 'Get help with Universal Credit, your GP or council forms online.',
  'assistive-technology': 'Try settings and tools that make a device easier to see, hear or use.',
};

export interface SyntheticFeed {
  readonly feed: { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: unknown[] };
  readonly areaCount: number;
  readonly broken: number;
}

/** The listings of a synthetic directory, with its areas and organisations, before they are written as a feed. */
export interface SyntheticDirectory {
  readonly areas: { readonly id: string; readonly name: string }[];
  readonly organisations: { readonly id: string; readonly data: { name: string; kind: 'charity'; summary: string } }[];
  readonly services: { readonly id: string; readonly data: Service }[];
}

export function syntheticFeed(count: number, options: { seed?: number; brokenShare?: number } = {}): SyntheticFeed {
  const { areas, organisations, services } = syntheticDirectory(count, options);
  const contents: unknown[] = services.map((entry) => toOrukService(entry, { organisations, areas }));
  const areaCount = areas.length;
  // Break a share of records the way real feeds are broken.
  const brokenShare = options.brokenShare ?? 0;
  const broken = Math.round(count * brokenShare);
  for (let b = 0; b < broken; b++) {
    const index = Math.floor((b + 0.5) * (count / Math.max(1, broken)));
    const record = contents[index] as Record<string, unknown>;
    switch (b % 4) {
      case 0:
        record.name = '';
        break;
      case 1:
        record.status = 'maybe open';
        break;
      case 2:
        record.id = (contents[index - 1] as Record<string, unknown>).id;
        break;
      default:
        delete record.service_at_locations;
        delete record.contacts;
        delete record.phones;
        delete record.url;
        delete record.email;
    }
  }
  return { feed: { total_items: count, total_pages: 1, page_number: 1, size: count, first_page: true, last_page: true, empty: count === 0, contents }, areaCount, broken };
}

/** N synthetic listings, checked by the service schema. Deterministic: the same N and seed give the same listings. */
export function syntheticDirectory(count: number, options: { seed?: number } = {}): SyntheticDirectory {
  const next = seededRandom(options.seed ?? 42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const areaCount = Math.min(TOWNS.length * SUFFIXES.length, Math.max(6, Math.round(count / 100)));
  const areas = Array.from({ length: areaCount }, (_, i) => ({ id: `area-${i + 1}`, name: `${TOWNS[i % TOWNS.length]}${SUFFIXES[Math.floor(i / TOWNS.length)]}` }));
  const organisations = Array.from({ length: Math.max(5, Math.round(count / 25)) }, (_, i) => {
    const town = TOWNS[i % TOWNS.length]!;
    const name = `${town} ${ORG_KINDS[i % ORG_KINDS.length]} ${Math.floor(i / (TOWNS.length * ORG_KINDS.length)) + 1}`;
    return { id: `org-${i + 1}`, data: { name, kind: 'charity' as const, summary: `A local organisation in ${town} that helps people get online.` } };
  });
  const kinds = kindsOfHelp.ids;
  const services: { id: string; data: Service }[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const second = pick(kinds);
    const area = areas[i % areaCount]!;
    const organisation = organisations[i % organisations.length]!;
    const place = `${pick(NAME_STARTS)}${NAME_MIDDLES[Math.floor(i / NAMES_PER_MIDDLE) % NAME_MIDDLES.length]}${pick(NAME_ENDS)} ${pick(PLACES)}`;
    const opens = pick(['09:00', '09:30', '10:00', '13:00']);
    const postcode = `NM${(i % 98) + 1} ${(i % 9) + 1}${'ABDEFGHJLNPQRSTUWXYZ'[i % 20]}${'ABDEFGHJLNPQRSTUWXYZ'[(i * 7) % 20]}`;
    const phone = `01632 ${String(960000 + (i % 1000)).padStart(6, '0')}`;
    const service: Service = {
      name: `${kindsOfHelp.label(kind)} at ${place} ${i + 1}`,
      organisation: organisation.id,
      status: 'active',
      summary: SUMMARIES[kind],
      description: `${SUMMARIES[kind]} ${organisation.data.name} runs this at ${place}. You do not need to book. Staff are friendly and patient, and will help you at your own pace. Bring your own device if you have one, or use one of ours. ${SUMMARIES[second]}`,
      kinds: kind === second ? [kind] : [kind, second],
      supportModes: ['one-to-one'],
      accessModes: ['walk-in'],
      cost: { type: 'free' },
      audiences: [pick(audiences.ids)],
      specificSupport: next() < 0.2 ? [pick(specificSupport.ids)] : undefined,
      languages: next() < 0.3 ? [...new Set(['en' as const, pick(languages.ids)])] : ['en'],
      locations: [
        {
          name: place,
          address: [`${(i % 120) + 1} ${pick(STREETS)}`],
          town: area.name,
          postcode,
          area: area.id,
          accessibility: ['Step-free entrance'],
          openingHours: [{ days: [DAYS[i % 6]!, DAYS[(i + 2) % 6]!], opens, closes: opens < '12:00' ? '12:30' : '16:00' }],
        },
      ],
      phone,
      lastChecked: '2026-10-01',
      checkedBy: 'Synthetic feed',
      source: 'Synthetic feed',
      licence: 'OGL v3',
    };
    services.push({ id: `synthetic-${i + 1}`, data: serviceSchema.parse(service) });
  }
  return { areas, organisations, services };
}

/** Listings whose name has a word (5 letters or more) that at most `most` listings' names use: a word someone might search for one place by. */
export function listingsWithRareNameWords(services: SyntheticDirectory['services'], most = 3): { id: string; name: string; word: string; uses: number }[] {
  const words = (name: string) => name.toLowerCase().match(/[a-z]{5,}/g) ?? [];
  const uses = new Map<string, number>();
  for (const entry of services) for (const word of new Set(words(entry.data.name))) uses.set(word, (uses.get(word) ?? 0) + 1);
  return services.flatMap((entry) => {
    const word = words(entry.data.name).find((candidate) => (uses.get(candidate) ?? 0) <= most);
    return word ? [{ id: entry.id, name: entry.data.name, word, uses: uses.get(word)! }] : [];
  });
}
