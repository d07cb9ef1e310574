// The breached-password check of the password policy: loading the list once (what the first register, reset or
// change of password in a process pays) and checking one password, for passwords on the list and off it.
// Run: npm run bench:password
import { performance } from 'node:perf_hooks';
import { breachedPasswords, isBreachedPassword } from '#libs/identity';
import { machine } from './stats.js';

const CHECKS = 100_000;

const loadStarted = performance.now();
const list = breachedPasswords();
const loadMs = performance.now() - loadStarted;
const heapMib = process.memoryUsage().heapUsed / 2 ** 20;

const onList = [...list].slice(0, 1000);
const samples: number[] = [];
let refused = 0;
for (let i = 0; i < CHECKS; i++) {
  const password = i % 2 ? onList[i % onList.length] : `a passphrase of my own ${i}`;
  const started = performance.now();
  if (isBreachedPassword(password)) refused += 1;
  samples.push((performance.now() - started) * 1000);
}
samples.sort((a, b) => a - b);
const at = (q: number) => samples[Math.floor(q * samples.length)].toFixed(2);

console.log(machine());
console.log(`list: ${list.size} passwords of 12+ characters, loaded in ${loadMs.toFixed(1)} ms`);
console.log(`heap after loading: ${heapMib.toFixed(1)} MiB`);
console.log(
  `${CHECKS} checks (${refused} refused): p50 ${at(0.5)} µs, p99 ${at(0.99)} µs, max ${at(1 - 1e-9)} µs`,
);
