import { isLatinName } from "../../../../src/core/schema/guess/latinName";

describe("isLatinName", () => {
  test.each([
    "Mary O'Neil",
    "Jean-Luc Picard",
    "ZHANG Wei",
    "Zhang Wei",
    "WANG XIAOMING",
    "José Álvarez",
    "Zoë Brontë",
    "John F. Kennedy",
    "J. Smith",
    "Ludwig van Beethoven",
    "Martin Luther King Jr.",
    "Smith, John",
    "Dr. Jane Goodall",
    "Prof. Li Ming",
    "Mrs Elena Rossi",
    "Dr. Smith",
    "D’Angelo Russo",
  ])("%s is a name", (s) => {
    expect(isLatinName(s)).toBe(true);
  });

  test.each([
    ["Smith", "one word"],
    ["Dr.", "an honorific alone"],
    ["mary smith", "not capitalised"],
    ["Mary smith", "a word not capitalised"],
    ["A. B.", "initials only"],
    ["John Paul George Ringo Starr", "five words"],
    ["Room 101", "a digit"],
    ["To Be Confirmed", "a note"],
    ["Guest List", "a list title"],
    ["Place Cards", "a list title"],
    ["Mr. and Mrs. Smith", "two people"],
    ["van Beethoven", "a particle first"],
    ["王芳", "Chinese characters"],
    ["", "empty"],
  ])("%s is not a name (%s)", (s) => {
    expect(isLatinName(s)).toBe(false);
  });
});
