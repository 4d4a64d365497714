#include "extract/name_spelling.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <limits>
#include <vector>

namespace vigil {
namespace {

// Letters that stand for one sound in different romanisations (Wolodymyr /
// Volodymyr, Selenskyj / Zelenskyy, Qasim / Kasim): a cheap substitution.
constexpr std::string_view kTranslitPairs[] = {"wv", "vf", "sz", "jy",
                                               "iy", "ck", "kq", "ij"};

// Per byte: bit k set when the letter is in kTranslitPairs[k]; kVowelBit for
// the letters IsNameVowel accepts, kCheapIndelBit for those and h and w. Two
// different letters form a pair exactly when their pair bits meet.
constexpr uint16_t kVowelBit = 1u << 15;
constexpr uint16_t kCheapIndelBit = 1u << 14;
constexpr std::array<uint16_t, 256> kLetterBits = [] {
  std::array<uint16_t, 256> bits{};
  for (size_t k = 0; k < std::size(kTranslitPairs); ++k) {
    for (char c : kTranslitPairs[k]) bits[static_cast<unsigned char>(c)] |= 1u << k;
  }
  for (char c : std::string_view("aeiouy"))
    bits[static_cast<unsigned char>(c)] |= kVowelBit;
  for (char c : std::string_view("aeiouyhw"))
    bits[static_cast<unsigned char>(c)] |= kCheapIndelBit;
  return bits;
}();

uint16_t LetterBits(char c) { return kLetterBits[static_cast<unsigned char>(c)]; }

// Cost of writing one sound with the other's romanisation.
constexpr double kTranslitCost = 0.25;

// Cost of two neighbouring letters written in swapped order.
constexpr double kSwapCost = 1.0;

// Per byte: one representative of the letters that may replace it for less
// than a full change (a romanisation pair, or two vowels), joined into
// classes; every other byte is a class of its own. Replacing a letter by one
// of another class costs a full change.
constexpr std::array<uint8_t, 256> kSoundClass = [] {
  std::array<uint8_t, 256> cls{};
  for (size_t c = 0; c < cls.size(); ++c) cls[c] = static_cast<uint8_t>(c);
  auto join = [&cls](char x, char y) {
    const uint8_t from = cls[static_cast<unsigned char>(y)];
    const uint8_t to = cls[static_cast<unsigned char>(x)];
    for (uint8_t& c : cls) {
      if (c == from) c = to;
    }
  };
  for (std::string_view pair : kTranslitPairs) join(pair[0], pair[1]);
  for (char c : std::string_view("eiouy")) join('a', c);
  return cls;
}();

// Counting slot of a byte's class. Classes share a slot only beyond the
// lower-case letters (which fold text is made of); sharing weakens the bound
// below but never breaks it.
size_t ClassSlot(char c) { return kSoundClass[static_cast<unsigned char>(c)] % 32; }

// A lower bound of the weighted edit distance of a and b from their letters
// alone: half the number of letters left over when the two words' letters
// are paired class for class. A match, a swap or a replacement within a
// class leaves the classes' counts as they are; a replacement across classes
// (cost 1) changes two counts by one; adding or dropping a letter (cost 0.5
// or more) changes one.
double ClassCountBound(std::string_view a, std::string_view b) {
  int count[32] = {};
  for (char c : a) ++count[ClassSlot(c)];
  for (char c : b) --count[ClassSlot(c)];
  int left_over = 0;
  for (int n : count) left_over += n < 0 ? -n : n;
  return 0.5 * left_over;
}

// Cells of the three table rows kept on the stack; longer words use the heap.
constexpr size_t kStackCells = 3 * 40;

// Vowels, h and w are cheap to add or drop.
double Indel(char c) { return (LetterBits(c) & kCheapIndelBit) != 0 ? 0.5 : 1.0; }

double Substitution(char x, char y) {
  if (x == y) return 0;
  const uint16_t both = LetterBits(x) & LetterBits(y);
  return (both & ~(kVowelBit | kCheapIndelBit)) != 0 ? kTranslitCost
         : (both & kVowelBit) != 0                   ? 0.5
                                                     : 1.0;
}

// Weighted edit distance of a and b, or any value above `cutoff` once the
// distance is certain to exceed it. Every step costs at least nothing, so a
// cell is never below the smaller minimum of the two rows before it: when
// two rows in a row are all above the cutoff, so is the result.
double EditDistance(std::string_view a, std::string_view b, double cutoff) {
  const double length_gap =
      0.5 * static_cast<double>(a.size() > b.size() ? a.size() - b.size()
                                                    : b.size() - a.size());
  if (length_gap > cutoff) return length_gap;  // each extra letter costs >= 0.5
  // Most pairs compared with a cutoff are spelled far apart: their letters
  // tell so without the table.
  if (cutoff < std::numeric_limits<double>::infinity()) {
    const double bound = ClassCountBound(a, b);
    if (bound > cutoff) return bound;
  }
  const size_t width = b.size() + 1;
  double stack_cells[kStackCells];
  std::vector<double> heap_cells;
  double* cells = stack_cells;
  if (3 * width > kStackCells) {
    heap_cells.resize(3 * width);
    cells = heap_cells.data();
  }
  // d2, d1, d: rows i-2, i-1 and i of the table d[i][j], the distance between
  // the first i letters of a and the first j of b.
  double* d2 = cells;
  double* d1 = cells + width;
  double* d = cells + 2 * width;
  d1[0] = 0;
  for (size_t j = 1; j < width; ++j) d1[j] = d1[j - 1] + Indel(b[j - 1]);
  double min1 = 0;  // smallest cell of row i-1
  for (size_t i = 1; i <= a.size(); ++i) {
    const char x = a[i - 1];
    const double indel_x = Indel(x);
    d[0] = d1[0] + indel_x;
    double row_min = d[0];
    for (size_t j = 1; j < width; ++j) {
      const char y = b[j - 1];
      d[j] = std::min(
          {d1[j - 1] + Substitution(x, y), d1[j] + indel_x, d[j - 1] + Indel(y)});
      // Two neighbouring letters swapped (Marocn / Macorn) cost one change.
      if (i > 1 && j > 1 && x != y && x == b[j - 2] && a[i - 2] == y)
        d[j] = std::min(d[j], d2[j - 2] + kSwapCost);
      row_min = std::min(row_min, d[j]);
    }
    if (i > 1 && std::min(row_min, min1) > cutoff) return std::min(row_min, min1);
    min1 = row_min;
    double* spare = d2;
    d2 = d1;
    d1 = d;
    d = spare;
  }
  return d1[b.size()];
}

}  // namespace

std::string Skeleton(std::string_view w) {
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const char n = i + 1 < w.size() ? w[i + 1] : 0;
    char k = 0;
    if (n == 'h' && (c == 'k' || c == 'g' || c == 's' || c == 'c' || c == 't' ||
                     c == 'd' || c == 'z' || c == 'p')) {
      k = c == 'k'                 ? 'x'
          : c == 'g'               ? 'G'
          : (c == 's' || c == 'c') ? 'S'
          : c == 'p'               ? 'f'
                                   : 'd';
      ++i;
    } else if (IsNameVowel(c) || c == 'w' || c == '\'') {
      continue;
    } else if (c == 'h') {
      if (i + 1 == w.size() && i > 0) continue;  // final -ah / -eh
      k = 'h';
    } else {
      switch (c) {
        case 'q':
        case 'c':
          k = 'k';
          break;
        case 'z':
        case 't':
          k = 'd';
          break;  // dh/z/d/th/t: merged
        case 'v':
          k = 'f';
          break;
        case 'j':
          k = 'j';
          break;
        default:
          k = c;
      }
    }
    if (out.empty() || out.back() != k) out.push_back(k);
  }
  return out;
}

double SpellingSimilarity(std::string_view a, std::string_view b) {
  const double len = std::max(a.size(), b.size());
  return 1.0 - EditDistance(a, b, std::numeric_limits<double>::infinity()) / len;
}

bool SpellingSimilarityAtLeast(std::string_view a, std::string_view b, double min,
                               double* sim) {
  const double len = std::max(a.size(), b.size());
  // The margin keeps rounding from ever cutting off a distance that is
  // exactly at the threshold.
  const double cutoff = (1.0 - min) * len + 1e-9;
  const double distance = EditDistance(a, b, cutoff);
  if (distance > cutoff) return false;
  const double s = 1.0 - distance / len;
  if (s < min) return false;
  *sim = s;
  return true;
}

namespace {

constexpr std::pair<std::string_view, char> kRomanisationGroups[] = {
    {"ph", 'f'}, {"ks", 'x'}, {"dj", 'j'}, {"ou", 'u'}, {"ck", 'k'}};

static_assert(std::all_of(std::begin(kRomanisationGroups), std::end(kRomanisationGroups),
                          [](const auto& g) { return g.first.size() == 2; }),
              "HasRomanisationGroup reads groups of two letters");

// Per byte: whether a group of kRomanisationGroups starts with it.
constexpr std::array<bool, 256> kGroupStart = [] {
  std::array<bool, 256> start{};
  for (const auto& [group, letter] : kRomanisationGroups)
    start[static_cast<unsigned char>(group[0])] = true;
  return start;
}();

}  // namespace

std::string RomanisationForm(std::string_view w) {
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    bool replaced = false;
    for (const auto& [group, letter] : kRomanisationGroups) {
      if (w.substr(i, group.size()) == group) {
        out.push_back(letter);
        i += group.size() - 1;
        replaced = true;
        break;
      }
    }
    if (!replaced) out.push_back(w[i]);
  }
  return out;
}

bool HasRomanisationGroup(std::string_view w) {
  // One pass over the word: a group can start only at a group's first letter.
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (!kGroupStart[static_cast<unsigned char>(w[i])]) continue;
    for (const auto& [group, letter] : kRomanisationGroups) {
      if (w[i] == group[0] && w[i + 1] == group[1]) return true;
    }
  }
  return false;
}

}  // namespace vigil
