import type { Rng } from "../prng";
import { groupThousands } from "../format";
import { EN_FIRST_FEMALE, EN_FIRST_MALE, EN_SURNAMES } from "./enNames";
import { EN_ABROAD, EN_CITIES, EN_TRAINS, EN_GUESTS, EN_HOTELS, EN_KIND_WEIGHTS, EN_LEADERS, EN_ORGS, EN_SPEAKERS } from "./enOrgs";
import type { Lexicon, TravelMode } from "./types";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ".split("");
const TRAIN_OPERATORS = ["Northern", "TransPennine"];

const mailbox = (first: string, last: string) => `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "");

export const EN: Lexicon = {
  lang: "en",
  localOrigin: "Local",
  yes: "Yes",
  no: "No",
  listSeparator: ", ",
  currency: "GBP",
  currencySymbol: "£",
  seating: "international",
  languageName: "English",
  organiser: "Northern Cities Partnership",
  organiserDomain: "ncp.example.org.uk",
  leaders: EN_LEADERS,
  guests: EN_GUESTS,
  speakers: EN_SPEAKERS,
  aideTitle: "Private Secretary",
  orgs: EN_ORGS,
  kindWeights: EN_KIND_WEIGHTS,
  staffOrgs: [
    "Northern Cities Partnership",
    "Northern Cities Partnership",
    "Northern Cities Partnership",
    "Riverside Conference Centre",
    "Riverside City Council",
  ],
  staffTitles: ["Events Officer", "Events Coordinator", "Administrator", "Senior Events Officer", "Events Manager"],
  teams: ["Planning & Set-up team", "Logistics team", "Documents team", "Hospitality team", "Security team"],
  cities: EN_CITIES,
  hotels: EN_HOTELS,
  unknownHotel: "Kingsway Guest House",
  diets: [
    ["Vegetarian", 0.04],
    ["Halal", 0.015],
    ["Vegan", 0.01],
    ["Nut allergy", 0.008],
    ["Gluten-free", 0.008],
  ],
  notes: [
    "Leaving after lunch on day 2",
    "Attending in place of the Chief Executive",
    "Wheelchair user: step-free access",
    "Bringing exhibition material",
    "First time attending",
    "Returning to the office after the dinner",
  ],
  groupName: (i) => `Group ${i + 1}`,
  personName(rng, gender) {
    const first = rng.pick(gender === "male" ? EN_FIRST_MALE : EN_FIRST_FEMALE);
    const last = rng.pick(EN_SURNAMES);
    return { name: `${first} ${last}`, mailbox: mailbox(first, last), parts: [first, last] };
  },
  disambiguate(rng, n) {
    const initial = rng.pick(LETTERS);
    return {
      name: `${n.parts[0]} ${initial}. ${n.parts[1]}`,
      mailbox: mailbox(`${n.parts[0]}${initial}`, n.parts[1]),
      parts: [`${n.parts[0]} ${initial}.`, n.parts[1]],
    };
  },
  phone(rng, origin) {
    if (origin === "Dublin") return `+353 8${rng.int(3, 7)} ${rng.digits(3)} ${rng.digits(4)}`;
    if (origin === "Brussels") return `+32 47${rng.digits(1)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`;
    return `07${rng.pick(["4", "5", "7", "8", "9"])}${rng.digits(2)} ${rng.digits(6)}`;
  },
  // Only visitors from abroad give a passport number.
  idNumber: (rng, origin) => (origin && EN_ABROAD.has(origin) ? `${rng.pick(LETTERS)}${rng.pick(LETTERS)}${rng.digits(7)}` : ""),
  transport(rng: Rng, mode: TravelMode, city: string) {
    if (mode === "car") return "Car";
    if (mode === "flight") {
      const airline = city === "Dublin" ? "EI" : city === "Brussels" ? "SN" : rng.pick(["BA", "U2", "LM"]);
      return `${airline}${rng.int(100, 2999)}`;
    }
    return `${rng.pick(EN_TRAINS[city] ?? TRAIN_OPERATORS)} 1${rng.pick(LETTERS)}${rng.digits(2)}`;
  },
  carPlate: (rng) =>
    `${rng.pick(LETTERS)}${rng.pick(LETTERS)}${rng.int(51, 74)} ${rng.pick(LETTERS)}${rng.pick(LETTERS)}${rng.pick(LETTERS)}`,
  dateText: (y, m, d, time) => `${d} ${MONTHS[m - 1]} ${y} ${time}`,
  moneyText: (n) => `£${groupThousands(n)}`,
  invoiceNo: (rng, year) => `INV-${year}-${rng.digits(4)}`,
  extraColumn: "Car plate",
};
