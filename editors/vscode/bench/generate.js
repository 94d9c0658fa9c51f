// Writes a valid scenario of about `lines` lines: states, treaties, events and expectations.
function generateScenario(lines = 5000) {
  const out = ['scenario Large "Generated for latency measurements"', '    from 1900 to 1950', ''];
  out.push('ideology Autocracy', 'ideology Democracy opposes Autocracy', 'region Europe', 'region Asia', '');
  const stateCount = Math.round(lines * 0.7 / 7);
  const names = [];
  for (let i = 0; i < stateCount; i++) {
    const name = `S${i}`;
    names.push(name);
    const neighbours = [`S${(i + stateCount - 1) % stateCount}`, `S${(i + 1) % stateCount}`].join(', ');
    out.push(
      `state ${name} "State number ${i}" {`,
      `    military ${(1 + (i % 7) * 0.3).toFixed(1)} economy ${(1 + (i % 5) * 0.4).toFixed(1)} population ${10 + (i % 40)}`,
      `    intent ${['status-quo', 'defensive', 'revisionist', 'aggressive'][i % 4]}`,
      `    ideology ${i % 2 ? 'Democracy' : 'Autocracy'}`,
      `    region ${i % 3 ? 'Europe' : 'Asia'}`,
      `    borders ${neighbours}`,
      '}',
    );
  }
  out.push('');
  let t = 0;
  while (out.length < lines * 0.9) {
    const a = names[(t * 3) % stateCount];
    const b = names[(t * 3 + 1) % stateCount];
    const c = names[(t * 3 + 2) % stateCount];
    out.push(`alliance T${t} {`, `    members ${a}, ${b}`, `    signed ${1900 + (t % 20)}`, `    defense against ${c} unless provoked`, '}');
    t++;
  }
  let e = 0;
  while (out.length < lines - 1) {
    const a = names[(e * 7) % stateCount];
    const b = names[(e * 7 + 3) % stateCount];
    out.push(e % 2 ? `in ${1910 + (e % 30)}: ${a} arms +5%` : `expect in ${1910 + (e % 30)}: not ${a} at war with ${b}`);
    e++;
  }
  out.push('');
  return { text: out.join('\n'), states: names, treaties: t };
}

module.exports = { generateScenario };
