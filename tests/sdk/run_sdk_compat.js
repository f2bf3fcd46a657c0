'use strict';

// Driver of the SDK compatibility test (registered with CTest by CMakeLists.txt):
//   node run_sdk_compat.js --server <builton-server> --npm <npm> --source <tests/sdk>
//                          --work <folder in the build tree>
// 1. copies package.json, package-lock.json and sdk_compat.js into --work and runs
//    `npm ci` there (the source tree is never written to);
// 2. starts builton-server on 127.0.0.1:0 with a throw-away seeded database (SQLite, or
//    PostgreSQL when BUILTON_TEST_POSTGRES names a server) and reads its
//    ready line;
// 3. runs sdk_compat.js against it, passing the URL and the credentials file through the
//    environment (never on a command line);
// 4. stops the server with SIGTERM and requires a clean exit.
// Exits 0 only when every step succeeded. A failing `npm ci` fails the test: it is not skipped.

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

function fail(message, details) {
  console.error(`run_sdk_compat: FAIL: ${message}`);
  if (details) console.error(details);
  process.exit(1);
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) fail(`bad argument ${argv[i]}`);
    args[argv[i].slice(2)] = argv[i + 1];
  }
  for (const name of ['server', 'npm', 'source', 'work']) {
    if (!args[name]) fail(`--${name} is required`);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const work = path.resolve(args.work);
fs.mkdirSync(work, { recursive: true });
for (const file of ['package.json', 'package-lock.json', 'sdk_compat.js']) {
  fs.copyFileSync(path.join(args.source, file), path.join(work, file));
}

// 1. npm ci, with a cache in the build tree (the test may run with a throw-away HOME).
console.log('run_sdk_compat: npm ci (@builton/core-sdk pinned by package-lock.json)');
const npm = spawnSync(args.npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline',
  '--cache', path.join(work, '.npm-cache')], {
  cwd: work,
  encoding: 'utf8',
  timeout: 240000,
  env: { ...process.env, npm_config_update_notifier: 'false' },
});
if (npm.error || npm.status !== 0) {
  fail(`npm ci failed (${npm.error ? npm.error.message : `exit code ${npm.status}`}); `
    + 'the SDK test needs the npm registry (or a warm npm cache) and Node.js with npm',
  `${npm.stdout || ''}${npm.stderr || ''}`);
}
const sdkPackage = JSON.parse(fs.readFileSync(
  path.join(work, 'node_modules', '@builton', 'core-sdk', 'package.json'), 'utf8',
));
if (sdkPackage.version !== '4.2.4') fail(`npm installed @builton/core-sdk ${sdkPackage.version}`);

// 2. The server.
const credentialsFile = path.join(work, 'credentials.json');
fs.rmSync(credentialsFile, { force: true });
// On PostgreSQL (BUILTON_TEST_POSTGRES, as scripts/test.sh sets it) a database of its own,
// made and dropped with psql; else a throw-away SQLite database.
let database = ['--memory'];
let dropDatabase = () => {};
const postgres = process.env.BUILTON_TEST_POSTGRES;
if (postgres) {
  const name = `builton_sdk_${process.pid}_${Date.now()}`;
  const psql = (sql) => spawnSync('psql', [postgres, '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql],
    { encoding: 'utf8' });
  const made = psql(`CREATE DATABASE ${name}`);
  if (made.status !== 0) fail(`psql could not create a database: ${made.stderr}`);
  const url = new URL(postgres);
  url.pathname = `/${name}`;
  database = ['--db', url.toString()];
  dropDatabase = () => psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
process.on('exit', () => dropDatabase());
console.log(`run_sdk_compat: on ${postgres ? 'PostgreSQL' : 'SQLite'}`);
const server = spawn(args.server, [
  '--listen', '127.0.0.1:0', ...database, '--seed', '--users', '300', '--orders', '3000',
  '--credentials-file', credentialsFile,
], { stdio: ['ignore', 'pipe', 'pipe'] });
let serverStderr = '';
server.stderr.on('data', (chunk) => {
  serverStderr += chunk;
  if (serverStderr.length > 1000000) serverStderr = serverStderr.slice(-500000);
});
const serverExit = new Promise((resolve) => {
  server.on('exit', (code, signal) => resolve({ code, signal }));
});
const tail = () => `builton-server stderr (last lines):\n${serverStderr.split('\n').slice(-40).join('\n')}`;

function readyLine() {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('no ready line within 120 s')), 120000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const newline = out.indexOf('\n');
      if (newline >= 0) {
        clearTimeout(timer);
        try {
          resolve(JSON.parse(out.slice(0, newline)).url);
        } catch (e) {
          reject(new Error(`the ready line is not JSON: ${out.slice(0, newline)}`));
        }
      }
    });
    server.on('exit', (code) => reject(new Error(`builton-server exited (${code}) before it was ready`)));
    server.on('error', reject);
  });
}

async function stopServer() {
  if (server.exitCode !== null || server.signalCode !== null) return serverExit;
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 15000);
  const result = await serverExit;
  clearTimeout(timer);
  return result;
}

(async () => {
  let url;
  try {
    url = await readyLine();
  } catch (err) {
    await stopServer();
    fail(err.message, tail());
  }
  console.log(`run_sdk_compat: builton-server is ready at ${url}`);

  // 3. The SDK script.
  const script = spawn(process.execPath, ['sdk_compat.js'], {
    cwd: work,
    stdio: 'inherit',
    env: { ...process.env, BUILTON_URL: url, BUILTON_CREDENTIALS_FILE: credentialsFile },
  });
  const scriptTimer = setTimeout(() => script.kill('SIGKILL'), 180000);
  const scriptCode = await new Promise((resolve) => {
    script.on('exit', (code, signal) => resolve(signal ? `signal ${signal}` : code));
  });
  clearTimeout(scriptTimer);

  // 4. A clean stop.
  const stopped = await stopServer();
  fs.rmSync(credentialsFile, { force: true });
  if (scriptCode !== 0) fail(`sdk_compat.js failed (${scriptCode})`, tail());
  if (stopped.code !== 0) {
    fail(`builton-server did not stop cleanly (${stopped.signal || stopped.code})`, tail());
  }
  console.log('run_sdk_compat: PASS');
})();
