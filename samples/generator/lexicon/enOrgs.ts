import type { CitySpec, FixedPerson, HotelSpec, OrgKind, OrgSpec } from "./types";

function org(name: string, kind: OrgKind, head: string, deputy: string, others: string[], domain: string, origin?: string): OrgSpec {
  return { name, kind, head, deputy, others, domain, origin };
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .slice(0, 14);
const PUBLIC = ["Director of Place", "Head of Policy", "Programme Manager", "Senior Policy Officer", "Economic Development Officer"];
const pub = (name: string, head = "Chief Executive", deputy = `Deputy ${head}`) =>
  org(name, "cityDept", head, deputy, PUBLIC, `${slug(name)}.example.gov.uk`);

const CITY_BODIES: OrgSpec[] = [
  pub("Riverside City Council"),
  pub("Riverside Combined Authority"),
  pub("Riverside Transport Authority"),
  pub("Riverside NHS Foundation Trust"),
  pub("Riverside Fire and Rescue Service"),
  pub("Riverside Police"),
  pub("Riverside Housing Association"),
  pub("Riverside Chamber of Commerce"),
  pub("Riverside Culture Trust"),
  pub("Riverside Skills Partnership"),
  pub("Environment Agency North"),
  pub("Riverside Clinical Commissioning Board"),
];

const BOROUGH = ["Councillor", "Head of Regeneration", "Policy Officer"];
const borough = (name: string) =>
  org(name, "district", "Leader of the Council", "Chief Executive", BOROUGH, `${slug(name)}.example.gov.uk`);
const BOROUGHS: OrgSpec[] = [
  borough("Northgate Borough Council"),
  borough("Eastbrook District Council"),
  borough("Westfield Borough Council"),
  borough("Southmere District Council"),
];

const TOWN = ["Councillor", "Deputy Town Clerk", "Projects Officer"];
const town = (place: string) =>
  org(`${place} Town Council`, "county", "Town Mayor", "Town Clerk", TOWN, `${slug(place)}town.example.gov.uk`, place);
const TOWNS: OrgSpec[] = ["Kendal", "Lancaster", "Whitby", "Hexham", "Skipton"].map(town);

const FIRM = ["Head of Public Affairs", "Commercial Director", "Account Manager"];
const firm = (name: string) => org(name, "enterprise", "Chief Executive", "Managing Director", FIRM, `${slug(name)}.example.co.uk`);
const FIRMS: OrgSpec[] = [
  firm("Northgate Engineering Ltd"),
  firm("Riverside Water plc"),
  firm("Riverside Ports Group"),
  firm("Pennine Rail Services"),
  firm("Riverside Building Society"),
  firm("Northern Grid Electricity"),
  firm("Riverside Airport Ltd"),
];

const INSTITUTES: OrgSpec[] = [
  org(
    "Riverside University",
    "institute",
    "Vice-Chancellor",
    "Pro Vice-Chancellor",
    ["Professor", "Senior Lecturer", "Research Fellow"],
    "riverside.example.ac.uk",
  ),
  org(
    "Riverside College",
    "institute",
    "Principal",
    "Vice Principal",
    ["Head of Department", "Lecturer"],
    "riversidecollege.example.ac.uk",
  ),
  org(
    "Institute for Northern Policy",
    "institute",
    "Director",
    "Deputy Director",
    ["Research Fellow", "Senior Researcher"],
    "inp.example.org.uk",
  ),
];

const AWAY_PUBLIC = ["Head of Policy", "Senior Officer", "Policy Adviser"];
const AWAY_FIRM = ["Associate Director", "Consultant", "Account Director"];
const OUT_OF_TOWN: OrgSpec[] = [
  org("Department for Transport", "outOfTown", "Deputy Director", "Head of Unit", AWAY_PUBLIC, "dft.example.gov.uk", "London"),
  org(
    "Birmingham City Council",
    "outOfTown",
    "Chief Executive",
    "Director of Economy",
    AWAY_PUBLIC,
    "birmingham.example.gov.uk",
    "Birmingham",
  ),
  org("Bristol City Council", "outOfTown", "Chief Executive", "Director of Economy", AWAY_PUBLIC, "bristol.example.gov.uk", "Bristol"),
  org("Glasgow City Council", "outOfTown", "Chief Executive", "Director of Development", AWAY_PUBLIC, "glasgow.example.gov.uk", "Glasgow"),
  org("Cardiff Council", "outOfTown", "Chief Executive", "Director of Economy", AWAY_PUBLIC, "cardiff.example.gov.uk", "Cardiff"),
  org("Belfast City Council", "outOfTown", "Chief Executive", "Director of Growth", AWAY_PUBLIC, "belfast.example.gov.uk", "Belfast"),
  org("Meridian Consulting LLP", "outOfTown", "Managing Partner", "Partner", AWAY_FIRM, "meridian.example.co.uk", "London"),
  org("Clydeside Logistics Ltd", "outOfTown", "Managing Director", "Director", AWAY_FIRM, "clydeside.example.co.uk", "Glasgow"),
  org("Severn Energy plc", "outOfTown", "Managing Director", "Director", AWAY_FIRM, "severn.example.co.uk", "Bristol"),
  org("Dublin Port Company", "outOfTown", "Chief Executive", "Director", AWAY_FIRM, "dublinport.example.ie", "Dublin"),
  org("Eurocities Network", "outOfTown", "Secretary General", "Policy Director", AWAY_PUBLIC, "eurocities.example.eu", "Brussels"),
  org("Edinburgh Futures Trust", "outOfTown", "Chief Executive", "Director", AWAY_PUBLIC, "edinburghfutures.example.org.uk", "Edinburgh"),
];

export const EN_ORGS: readonly OrgSpec[] = [...CITY_BODIES, ...BOROUGHS, ...TOWNS, ...FIRMS, ...INSTITUTES, ...OUT_OF_TOWN];

export const EN_KIND_WEIGHTS: Readonly<Record<OrgKind, number>> = {
  cityDept: 38,
  district: 16,
  county: 12,
  enterprise: 13,
  institute: 6,
  outOfTown: 15,
};

export const EN_CITIES: readonly CitySpec[] = [
  { name: "Local", travel: [] },
  { name: "London", travel: ["train"] },
  { name: "Birmingham", travel: ["train"] },
  { name: "Bristol", travel: ["train"] },
  { name: "Glasgow", travel: ["train", "flight"] },
  { name: "Edinburgh", travel: ["train"] },
  { name: "Cardiff", travel: ["train"] },
  { name: "Belfast", travel: ["flight"] },
  { name: "Dublin", travel: ["flight"] },
  { name: "Brussels", travel: ["flight"] },
  { name: "Kendal", travel: ["car"] },
  { name: "Lancaster", travel: ["car"] },
  { name: "Whitby", travel: ["car"] },
  { name: "Hexham", travel: ["car"] },
  { name: "Skipton", travel: ["car"] },
];

/** Train operators people from each city would come in on. */
export const EN_TRAINS: Readonly<Record<string, readonly string[]>> = {
  London: ["LNER", "Avanti"],
  Birmingham: ["CrossCountry", "Avanti"],
  Bristol: ["CrossCountry"],
  Cardiff: ["GWR", "CrossCountry"],
  Edinburgh: ["LNER", "TransPennine"],
  Glasgow: ["Avanti", "TransPennine"],
};

/** Travellers from these places carry a passport number and a foreign mobile. */
export const EN_ABROAD: ReadonlySet<string> = new Set(["Dublin", "Brussels"]);

const NCP = "ncp.example.org.uk";
const M = "male" as const;
const F = "female" as const;

export const EN_LEADERS: readonly FixedPerson[] = [
  { org: "Northern Cities Partnership", title: "Chair of the Board", gender: M, domain: NCP },
  { org: "Northern Cities Partnership", title: "Chief Executive", gender: F, domain: NCP },
  { org: "Northern Cities Partnership", title: "Deputy Chair", gender: M, domain: NCP },
  { org: "Riverside City Council", title: "Leader of the Council", gender: F, domain: "riversidecityc.example.gov.uk" },
  { org: "Northgate Borough Council", title: "Leader of the Council", gender: M, domain: "northgateborou.example.gov.uk" },
  { org: "Riverside City Council", title: "Lord Mayor", gender: M, domain: "riversidecityc.example.gov.uk" },
  { org: "Regional Transport Board", title: "Chair", gender: F, domain: "rtb.example.gov.uk" },
  { org: "Northern Cities Partnership", title: "Director of Finance", gender: M, domain: NCP },
  { org: "Northern Cities Partnership", title: "Director of Operations", gender: F, domain: NCP },
];

export const EN_GUESTS: readonly FixedPerson[] = [
  { org: "HM Treasury", title: "Deputy Director, Cities and Local Growth", origin: "London", gender: M, domain: "hmt.example.gov.uk" },
  { org: "Scottish Cities Alliance", title: "Director of Strategy", origin: "Edinburgh", gender: F, domain: "sca.example.org.uk" },
  { org: "Dublin City Council", title: "Chief Executive", origin: "Dublin", gender: M, domain: "dublincity.example.ie" },
];

export const EN_SPEAKERS: readonly FixedPerson[] = [
  { org: "University of Edinburgh", title: "Professor of Urban Economics", origin: "Edinburgh", gender: F, domain: "ed.example.ac.uk" },
  { org: "London School of Economics", title: "Professor of Public Policy", origin: "London", gender: M, domain: "lse.example.ac.uk" },
  { org: "Centre for Cities", title: "Senior Fellow", origin: "London", gender: F, domain: "centreforcities.example.org" },
  { org: "Riverside University", title: "Reader in Transport Planning", gender: M, domain: "riverside.example.ac.uk" },
];

export const EN_HOTELS: readonly HotelSpec[] = [
  {
    name: "Riverside Hotel",
    address: "1 Quay Street",
    notes: "Breakfast included; 5 minutes' walk to the venue",
    twin: { type: "Twin", beds: 2, rate: 120 },
    single: { type: "Double", beds: 1, rate: 135 },
    suite: { type: "Suite", beds: 1, rate: 240 },
  },
  {
    name: "Station Inn",
    address: "12 Station Approach",
    notes: "Breakfast included; shuttle to the venue",
    twin: { type: "Twin", beds: 2, rate: 95 },
    single: { type: "Single", beds: 1, rate: 85 },
  },
  {
    name: "Quayside Hotel",
    address: "40 Wharf Road",
    notes: "Breakfast included",
    twin: { type: "Twin", beds: 2, rate: 110 },
    single: { type: "Double", beds: 1, rate: 115 },
  },
  {
    name: "Cathedral Lodge",
    address: "3 Minster Yard",
    notes: "Breakfast included",
    twin: { type: "Twin", beds: 2, rate: 99 },
    single: { type: "Single", beds: 1, rate: 89 },
  },
  {
    name: "Millbank House",
    address: "88 Mill Lane",
    notes: "Breakfast included; shuttle to the venue",
    twin: { type: "Twin", beds: 2, rate: 105 },
    single: { type: "Double", beds: 1, rate: 109 },
  },
  {
    name: "The Grand Northern",
    address: "2 Victoria Square",
    notes: "Breakfast included",
    twin: { type: "Twin", beds: 2, rate: 130 },
    single: { type: "Double", beds: 1, rate: 140 },
  },
  {
    name: "Parkway Hotel",
    address: "150 Parkway",
    notes: "Breakfast included; shuttle to the venue",
    twin: { type: "Twin", beds: 2, rate: 92 },
    single: { type: "Single", beds: 1, rate: 82 },
  },
  {
    name: "Harbour View Hotel",
    address: "7 Harbour Walk",
    notes: "Breakfast included",
    twin: { type: "Twin", beds: 2, rate: 115 },
    single: { type: "Double", beds: 1, rate: 125 },
  },
];
