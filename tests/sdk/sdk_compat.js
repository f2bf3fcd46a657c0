'use strict';

// The official BuiltOn JavaScript SDK (@builton/core-sdk 4.2.4, pinned by package-lock.json)
// against builton-server: paging users, fetching and updating a user, replacing addresses, a
// user's orders and subscriptions, orders filtered by date range and status, /users/me with a
// user token; and the order and subscription calls: orders.search, update, cancel and
// getPayments, subscriptions.search, get, update, stop, start and getPayments, payments.get and
// search, plans.get and search.
//
// Run by run_sdk_compat.js, which installs the SDK with `npm ci` next to this file (in the build
// tree) and starts the server. Environment: BUILTON_URL (the server's URL, from its ready line)
// and BUILTON_CREDENTIALS_FILE (the file the server wrote with --credentials-file). Expectations
// come from plain HTTP requests (node:http), not from the SDK, so the two are independent.
// Prints one "ok"/"not ok" line per check and exits 1 when any check failed. Never prints a key
// or a token.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');

const Builton = require('@builton/core-sdk');

const url = process.env.BUILTON_URL;
const credentialsFile = process.env.BUILTON_CREDENTIALS_FILE;
if (!url || !credentialsFile) {
  console.error('sdk_compat: BUILTON_URL and BUILTON_CREDENTIALS_FILE must be set');
  process.exit(2);
}
const credentials = JSON.parse(fs.readFileSync(credentialsFile, 'utf8'));

const staff = new Builton({
  apiKey: credentials.api_key,
  bearerToken: credentials.service_account_key,
  endpoint: url,
});
const customer = new Builton({
  apiKey: credentials.api_key,
  bearerToken: credentials.user_token,
  endpoint: url,
});

// ---- independent expectations: plain HTTP ----------------------------------------------------

function raw(method, path, { token = credentials.service_account_key, body } = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request(`${url}${path}`, {
      method,
      headers: {
        'X-Builton-Api-Key': credentials.api_key,
        Authorization: `Bearer ${token}`,
        ...(data && { 'Content-Type': 'application/json', 'Content-Length': data.length }),
      },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch (e) {
          reject(new Error(`${method} ${path}: the body is not JSON`));
          return;
        }
        resolve({ status: res.statusCode, headers: res.headers, json });
      });
    });
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

async function rawOk(path) {
  const r = await raw('GET', path);
  assert.equal(r.status, 200, `GET ${path} answered ${r.status}`);
  return r;
}

const oid = (doc) => doc && doc._id && doc._id.$oid;
const dateOf = (value) => (value && typeof value.$date === 'number' ? value.$date : null);

// ---- a tiny sequential runner ----------------------------------------------------------------

const checks = [];
function check(name, fn) {
  checks.push({ name, fn });
}

// ---- the checks ------------------------------------------------------------------------------

const DAY = 24 * 3600;
const nowSecs = Math.floor(Date.now() / 1000);
let someUserId; // a user of the first page, used by the write checks

check('users.paginate() pages through every user with a consistent total', async () => {
  const size = 40;
  const expectedTotal = Number((await rawOk('/users?size=1')).headers['x-pagination-total']);
  assert.ok(expectedTotal > 2 * size, `only ${expectedTotal} users; the test needs 3+ pages`);

  const pages = await staff.users.paginate({ page: 0, size });
  // The header arrives as a string; the SDK passes it through.
  assert.equal(Number(pages.paginationTotal), expectedTotal);
  assert.equal(pages.page, 0);
  assert.equal(pages.current.length, size);
  assert.equal(pages.current[0].constructor.name, 'User');
  // The SDK copies _id.$oid into .id.
  assert.match(pages.current[0].id, /^[0-9a-f]{24}$/);
  assert.equal(pages.current[0].id, oid(pages.current[0]));

  const seen = new Set();
  const pageCount = Math.ceil(expectedTotal / size);
  for (let page = 0; page < pageCount; page += 1) {
    if (page > 0) {
      // eslint-disable-next-line no-await-in-loop
      const current = await pages.next();
      assert.equal(current, pages.current);
    }
    assert.equal(pages.page, page);
    const expected = page < pageCount - 1 ? size : expectedTotal - size * (pageCount - 1);
    assert.equal(pages.current.length, expected, `page ${page} has ${pages.current.length}`);
    // The same users in the same order as a plain request for that page.
    // eslint-disable-next-line no-await-in-loop
    const plain = await rawOk(`/users?size=${size}&page=${page}`);
    assert.deepEqual(pages.current.map((u) => u.id), plain.json.map(oid));
    pages.current.forEach((u) => {
      assert.ok(!seen.has(u.id), `user ${u.id} appears on two pages`);
      assert.notEqual(u.deleted, true, 'a deleted user in the default list');
      seen.add(u.id);
    });
  }
  assert.equal(seen.size, expectedTotal);

  // Sorted by -created (the default) across all pages: check with goToPage/previous.
  await pages.goToPage(1);
  const secondPage = pages.current.map((u) => u.id);
  await pages.previous();
  assert.equal(pages.page, 0);
  const lastOfFirst = dateOf(pages.current[size - 1].created);
  await pages.next();
  assert.deepEqual(pages.current.map((u) => u.id), secondPage);
  assert.ok(lastOfFirst >= dateOf(pages.current[0].created), 'pages are not newest first');
  someUserId = pages.current[3].id;

  // Parameters the SDK passes through urlParams: sort and tags.
  const byName = await staff.users.paginate({
    page: 0, size: 10, urlParams: { sort: 'last_name', tags: 'vip' },
  });
  const plainByName = await rawOk('/users?size=10&page=0&sort=last_name&tags=vip');
  assert.equal(Number(byName.paginationTotal), Number(plainByName.headers['x-pagination-total']));
  assert.ok(Number(byName.paginationTotal) > 0, 'no vip users to check the tags filter with');
  assert.deepEqual(byName.current.map((u) => u.id), plainByName.json.map(oid));
  byName.current.forEach((u) => assert.ok(u.tags.includes('vip')));
});

check('users.get() without an id (the list call) is broken in SDK 4.2.4', async () => {
  // Users registers get() (which forwards a call without an id to this.getAll()) but not
  // getAll() itself (see src/collection/resources/users.js: super([getFromId, get, set, del,
  // update])), so the list call throws "this.getAll is not a function" before any request
  // is made. Clients page users with users.paginate() instead, as the check above does.
  assert.throws(() => staff.users.get({ page: 0, size: 10 }), {
    name: 'TypeError',
    message: /getAll is not a function/,
  });
  assert.throws(() => staff.users.get(), TypeError);
});

check('users.get(id) fetches one user', async () => {
  const plain = await rawOk(`/users/${someUserId}`);
  const user = await staff.users.get(someUserId);
  assert.equal(user.constructor.name, 'User');
  assert.equal(user.id, someUserId);
  assert.equal(oid(user), someUserId);
  for (const field of ['first_name', 'last_name', 'email', 'human_id', 'mobile_phone_number']) {
    assert.equal(user[field], plain.json[field], field);
  }
  assert.deepEqual(user.addresses, plain.json.addresses);
  assert.deepEqual(user.created, plain.json.created);

  // An unknown id is a rejected promise carrying the status.
  await assert.rejects(staff.users.get('0123456789abcdef01234567'), (err) => {
    assert.equal(err.status, 404);
    return true;
  });
});

check('users.update(id, body) writes the fields and a second get sees them', async () => {
  const before = (await rawOk(`/users/${someUserId}`)).json;
  const note = `Written by the SDK test at ${new Date().toISOString()}`;
  const tags = ['sdk-test', 'vip'];
  const updated = await staff.users.update(someUserId, { note, tags, title: 'Dr.' });
  assert.equal(updated.constructor.name, 'User');
  assert.equal(updated.id, someUserId);
  assert.equal(updated.note, note);
  assert.deepEqual(updated.tags, tags);
  assert.equal(updated.title, 'Dr.');
  // Fields not sent stay as they were; modified moves forward.
  assert.equal(updated.first_name, before.first_name);
  assert.equal(updated.email, before.email);
  assert.ok(dateOf(updated.modified) > dateOf(before.modified), 'modified did not move forward');

  const again = await staff.users.get(someUserId);
  assert.equal(again.note, note);
  assert.deepEqual(again.tags, tags);
  assert.equal(again.title, 'Dr.');
  assert.deepEqual(again.modified, updated.modified);
  const plain = (await rawOk(`/users/${someUserId}`)).json;
  assert.equal(plain.note, note);

  // The object form: a User from get() updates itself through PUT /users/{id}.
  const result = await again.update({ bio: 'Updated through a User object.' });
  assert.equal(result.bio, 'Updated through a User object.');
  assert.equal((await rawOk(`/users/${someUserId}`)).json.bio, 'Updated through a User object.');

  // A validation error reaches the caller as a 400 naming the field.
  await assert.rejects(staff.users.update(someUserId, { email: 'not an address' }), (err) => {
    assert.equal(err.status, 400);
    assert.equal(err.response.body.field, 'email');
    return true;
  });
  assert.equal((await rawOk(`/users/${someUserId}`)).json.email, before.email);
});

check('users.updateAddresses(id, list) replaces the address list', async () => {
  const addresses = [
    {
      alias: 'home',
      street_name: 'Storgata 1',
      zip_code: '0155',
      city: 'Oslo',
      state: 'Oslo',
      country: 'Norway',
      geo: [59.9127, 10.7461],
      service: 'google',
      from_the_sdk_test: { kept: true },
    },
    {
      alias: 'work',
      street_name: 'Bryggen 7',
      zip_code: '5003',
      city: 'Bergen',
      country: 'Norway',
      geo: [60.3975, 5.3245],
    },
  ];
  const result = await staff.users.updateAddresses(someUserId, addresses);
  // updateAddresses returns the response body as it is (no User object).
  assert.equal(oid(result), someUserId);
  assert.deepEqual(result.addresses, addresses);

  const user = await staff.users.get(someUserId);
  assert.deepEqual(user.addresses, addresses);
  assert.deepEqual((await rawOk(`/users/${someUserId}`)).json.addresses, addresses);

  const emptied = await staff.users.updateAddresses(someUserId, []);
  assert.deepEqual(emptied.addresses, []);
  assert.deepEqual((await staff.users.get(someUserId)).addresses, []);
});

check("users.getOrders(id) pages through one user's orders", async () => {
  const userId = credentials.user_id; // the token user has orders
  const plain = await rawOk(`/users/${userId}/orders?size=5&page=0`);
  const total = Number(plain.headers['x-pagination-total']);
  assert.ok(total > 5, `the token user has only ${total} orders`);

  const pages = await staff.users.getOrders(userId, { page: 0, size: 5 });
  assert.equal(Number(pages.paginationTotal), total);
  assert.equal(pages.current.length, 5);
  assert.equal(pages.current[0].constructor.name, 'Order');
  assert.deepEqual(pages.current.map((o) => o.id), plain.json.map(oid));
  const seen = new Set();
  for (;;) {
    pages.current.forEach((o) => {
      // Orders arrive with their user expanded, carrying $oid.
      assert.equal(o.user.$oid, userId);
      assert.ok(!seen.has(o.id), `order ${o.id} on two pages`);
      seen.add(o.id);
    });
    if (seen.size >= total) break;
    const before = pages.page;
    // eslint-disable-next-line no-await-in-loop
    await pages.next();
    assert.equal(pages.page, before + 1, 'next() stopped before the last page');
  }
  assert.equal(seen.size, total);

  // The same call with urlParams: a status filter.
  const done = await staff.users.getOrders(userId, {
    size: 100, urlParams: { order_status: 'DONE' },
  });
  const plainDone = await rawOk(`/users/${userId}/orders?size=100&order_status=DONE`);
  assert.equal(Number(done.paginationTotal), Number(plainDone.headers['x-pagination-total']));
  done.current.forEach((o) => assert.equal(o.order_status, 'DONE'));
});

check("users.getSubscriptions(id) lists one user's subscriptions", async () => {
  const userId = credentials.user_id;
  const plain = await rawOk(`/users/${userId}/subscriptions?size=10&page=0`);
  const total = Number(plain.headers['x-pagination-total']);
  assert.ok(total >= 1, 'the token user has no subscription');

  const subs = await staff.users.getSubscriptions(userId, { page: 0, size: 10 });
  assert.equal(Number(subs.paginationTotal), total);
  assert.equal(subs.current.length, Math.min(total, 10));
  assert.equal(subs.current[0].constructor.name, 'Subscription');
  assert.deepEqual(subs.current.map((s) => s.id), plain.json.map(oid));
  subs.current.forEach((s) => assert.equal(s.user.$oid, userId));

  // And over the whole company, with the status filter as urlParams.
  const active = await staff.subscriptions.get({ size: 50, urlParams: { status: 'ACTIVE' } });
  const plainActive = await rawOk('/subscriptions?size=50&status=ACTIVE');
  assert.equal(Number(active.paginationTotal), Number(plainActive.headers['x-pagination-total']));
  assert.ok(active.current.length > 0);
  active.current.forEach((s) => assert.equal(s.status, 'ACTIVE'));
});

check('orders.get() filters by date range and status', async () => {
  const all = await rawOk('/orders?size=1');
  const allTotal = Number(all.headers['x-pagination-total']);

  const cases = [
    { from_date: nowSecs - 60 * DAY, to_date: nowSecs, date_field: 'created' },
    {
      from_date: nowSecs - 180 * DAY,
      to_date: nowSecs - 90 * DAY,
      order_status: 'DONE,SUCCESS',
    },
    {
      from_date: nowSecs - 30 * DAY,
      to_date: nowSecs + 30 * DAY,
      date_field: 'delivery_time',
      delivery_status: 'PENDING,IN_PROGRESS',
      sort: 'delivery_time',
    },
  ];
  for (const params of cases) {
    // eslint-disable-next-line no-await-in-loop
    const pages = await staff.orders.get({ page: 0, size: 50, urlParams: params });
    const query = new URLSearchParams({ ...params, size: 50, page: 0 }).toString();
    // eslint-disable-next-line no-await-in-loop
    const plain = await rawOk(`/orders?${query}`);
    const total = Number(plain.headers['x-pagination-total']);
    const label = JSON.stringify(params);
    assert.ok(total > 0, `no orders match ${label}`);
    assert.ok(total < allTotal, `the filter ${label} matched every order`);
    assert.equal(Number(pages.paginationTotal), total, label);
    assert.deepEqual(pages.current.map((o) => o.id), plain.json.map(oid), label);

    const field = params.date_field || 'created';
    const statuses = params.order_status && params.order_status.split(',');
    const deliveries = params.delivery_status && params.delivery_status.split(',');
    let previous = null;
    pages.current.forEach((o) => {
      assert.equal(o.constructor.name, 'Order');
      const t = dateOf(o[field]);
      assert.ok(t !== null, `${o.id} has no ${field}`);
      assert.ok(t >= params.from_date * 1000 && t < (params.to_date + 1) * 1000,
        `${o.id}: ${field} ${t} outside ${label}`);
      if (statuses) assert.ok(statuses.includes(o.order_status), `${o.id}: ${o.order_status}`);
      if (deliveries) {
        assert.ok(deliveries.includes(o.delivery_status), `${o.id}: ${o.delivery_status}`);
      }
      const key = params.sort ? t : -dateOf(o.created); // ascending delivery, or -created
      if (previous !== null) assert.ok(key >= previous, `${label}: not sorted`);
      previous = key;
    });
  }

  // A range with nothing in it.
  const none = await staff.orders.get({
    size: 10, urlParams: { from_date: 946684800, to_date: 946771199 },
  });
  assert.equal(Number(none.paginationTotal), 0);
  assert.deepEqual(none.current, []);

  // orders.get(id) fetches one order, with its user expanded.
  const some = (await rawOk('/orders?size=1')).json[0];
  const order = await staff.orders.get(oid(some));
  assert.equal(order.constructor.name, 'Order');
  assert.equal(order.id, oid(some));
  assert.equal(order.human_id, some.human_id);
  assert.equal(order.user.$oid, some.user.$oid);
});

check('/users/me with a user token', async () => {
  const me = await customer.users.setMe().get();
  assert.equal(me.constructor.name, 'User');
  assert.equal(oid(me), credentials.user_id);
  const plain = await raw('GET', '/users/me', { token: credentials.user_token });
  assert.equal(plain.status, 200);
  assert.equal(me.email, plain.json.email);

  // users.get('me') is the same request.
  const again = await customer.users.get('me');
  assert.equal(oid(again), credentials.user_id);

  // The user's own orders through the "me" object.
  const orders = await customer.users.setMe().getOrders({ size: 5 });
  const plainOrders = await raw('GET', '/users/me/orders?size=5&page=0',
    { token: credentials.user_token });
  assert.equal(Number(orders.paginationTotal), Number(plainOrders.headers['x-pagination-total']));
  assert.deepEqual(orders.current.map((o) => o.id), plainOrders.json.map(oid));
  orders.current.forEach((o) => assert.equal(o.user.$oid, credentials.user_id));

  // A write through /users/me.
  const note = `Me, at ${new Date().toISOString()}`;
  const updated = await customer.users.setMe().update({ note });
  assert.equal(updated.note, note);
  assert.equal((await staff.users.get(credentials.user_id)).note, note);

  // A user token cannot reach staff routes, and the service-account key cannot reach "me".
  await assert.rejects(customer.users.paginate({ size: 1 }), (err) => {
    assert.equal(err.status, 403);
    return true;
  });
  await assert.rejects(staff.users.setMe().get(), (err) => {
    assert.equal(err.status, 403);
    return true;
  });
});

check('orders.search(query) finds an order by its number and a customer by name', async () => {
  const some = (await rawOk('/orders?size=1&page=3')).json[0];
  const number = some.human_id;
  // The SDK sends page=0 and size=100 unless told otherwise.
  const pages = await staff.orders.search(number.toLowerCase());
  const plain = await rawOk(`/orders/search?query=${number.toLowerCase()}&page=0&size=100`);
  assert.equal(Number(pages.paginationTotal), Number(plain.headers['x-pagination-total']));
  assert.deepEqual(pages.current.map((o) => o.id), plain.json.map(oid));
  assert.ok(pages.current.some((o) => o.id === oid(some)), 'the order is not found by its number');
  pages.current.forEach((o) => {
    assert.equal(o.constructor.name, 'Order');
    assert.ok(o.human_id.toLowerCase().startsWith(number.toLowerCase())
      || `${o.user.first_name} ${o.user.last_name} ${o.user.email}`.toLowerCase()
        .includes(number.toLowerCase()));
  });

  // By the customer's last name, paged.
  const last = some.user.last_name;
  const byName = await staff.orders.search(last, { page: 1, size: 5 });
  const plainByName = await rawOk(`/orders/search?query=${encodeURIComponent(last)}&page=1&size=5`);
  assert.equal(Number(byName.paginationTotal), Number(plainByName.headers['x-pagination-total']));
  assert.deepEqual(byName.current.map((o) => o.id), plainByName.json.map(oid));
});

check('orders.update(id, body), orders.cancel(id) and orders.getPayments(id)', async () => {
  const pending = (await rawOk('/orders?size=50&order_status=PENDING')).json
    .find((o) => o.payments.length > 0 && o.delivery_status !== 'DONE');
  assert.ok(pending, 'no pending order with payments');
  const id = oid(pending);

  // The recorded request, then a partial update of the delivery and the note.
  const same = await staff.orders.update(id, { order_status: 'PENDING' });
  assert.equal(same.constructor.name, 'Order');
  assert.equal(same.id, id);
  const note = `Called the customer at ${new Date().toISOString()}`;
  const updated = await staff.orders.update(id, { delivery_status: 'ACCEPTED', note });
  assert.equal(updated.delivery_status, 'ACCEPTED');
  assert.equal(updated.note, note);
  assert.equal(updated.order_status, 'PENDING');
  assert.equal(updated.user.$oid, pending.user.$oid);
  const plain = (await rawOk(`/orders/${id}`)).json;
  assert.equal(plain.note, note);
  assert.equal(plain.delivery_status, 'ACCEPTED');

  // An unknown status is refused, naming the field; nothing changes.
  await assert.rejects(staff.orders.update(id, { order_status: 'SHIPPED' }), (err) => {
    assert.equal(err.status, 400);
    assert.equal(err.response.body.field, 'order_status');
    return true;
  });

  // Its payments, through the SDK's paging.
  const before = await staff.orders.getPayments(id, { page: 0, size: 10 });
  const plainPayments = await rawOk(`/orders/${id}/payments?page=0&size=10`);
  assert.equal(Number(before.paginationTotal), Number(plainPayments.headers['x-pagination-total']));
  assert.deepEqual(before.current.map((p) => p.id), plainPayments.json.map(oid));
  assert.ok(before.current.length > 0);
  before.current.forEach((p) => {
    assert.equal(p.constructor.name, 'Payment');
    assert.equal(p.subject._ref, id);
  });

  // Cancel (no body, as the SDK sends it): the order and its delivery are cancelled, the
  // payments not taken yet too; a second cancel is a conflict.
  const cancelled = await staff.orders.cancel(id);
  assert.equal(cancelled.constructor.name, 'Order');
  assert.equal(cancelled.order_status, 'CANCELED');
  assert.equal(cancelled.delivery_status, 'CANCELED');
  assert.equal((await rawOk(`/orders/${id}`)).json.order_status, 'CANCELED');
  const after = await staff.orders.getPayments(id, { page: 0, size: 10 });
  after.current.forEach((p) => {
    const was = before.current.find((b) => b.id === p.id).current_state;
    const expected = was === 'created' || was === 'processing' ? 'canceled' : was;
    assert.equal(p.current_state, expected, `${p.id}: ${was} became ${p.current_state}`);
  });
  await assert.rejects(staff.orders.cancel(id), (err) => {
    assert.equal(err.status, 409);
    assert.ok(err.response.body.message);
    return true;
  });
});

check('subscriptions.stop(id) and start(id, body) as recorded, and getPayments(id)', async () => {
  const userId = credentials.user_id; // Kari has an active subscription and a card
  const sub = (await rawOk(`/users/${userId}/subscriptions`)).json
    .find((s) => s.status === 'ACTIVE');
  assert.ok(sub, 'the token user has no active subscription');
  const id = oid(sub);
  const methods = (await rawOk(`/users/${userId}/payment_methods`)).json;
  assert.ok(methods.length > 0);

  const got = await staff.subscriptions.get(id);
  assert.equal(got.constructor.name, 'Subscription');
  assert.equal(got.id, id);

  // The recorded stop: body {}, the subscription NON_RENEWING until the end of its period.
  const stopped = await staff.subscriptions.stop(id, {});
  assert.equal(stopped.constructor.name, 'Subscription');
  assert.equal(stopped.status, 'NON_RENEWING');
  assert.equal(stopped.active, true);
  assert.deepEqual(stopped.ending_date, sub.current_billing_date_period_end);
  assert.equal((await rawOk(`/subscriptions/${id}`)).json.status, 'NON_RENEWING');
  await assert.rejects(staff.subscriptions.stop(id, {}), (err) => {
    assert.equal(err.status, 409);
    return true;
  });

  // Start again with a payment method, as the SDK's own test sends it.
  const method = oid(methods[methods.length - 1]);
  const started = await staff.subscriptions.start(id, { payment_method: method });
  assert.equal(started.status, 'ACTIVE');
  assert.equal(started.payment_method.$oid, method);
  assert.equal(started.ending_date, undefined);
  const plain = (await rawOk(`/subscriptions/${id}`)).json;
  assert.equal(plain.status, 'ACTIVE');
  assert.equal(plain.payment_method.$oid, method);

  // A payment method as a plain id string (subscriptions.update), stored as a reference.
  const first = oid(methods[0]);
  const updated = await staff.subscriptions.update(id, { payment_method: first });
  assert.equal(updated.payment_method.$oid, first);
  await assert.rejects(staff.subscriptions.update(id, { payment_method: '0123456789abcdef01234567' }),
    (err) => {
      assert.equal(err.status, 400);
      assert.equal(err.response.body.field, 'payment_method');
      return true;
    });

  // Its payments, newest first (a plain query in the SDK: no paging parameters).
  const payments = await staff.subscriptions.getPayments(id);
  const plainPayments = await rawOk(`/subscriptions/${id}/payments`);
  assert.ok(Array.isArray(payments));
  assert.deepEqual(payments.map((p) => p.id), plainPayments.json.map(oid));
  assert.ok(payments.length > 0);
  payments.forEach((p) => assert.equal(p.constructor.name, 'Payment'));
  for (let i = 1; i < payments.length; i += 1) {
    assert.ok(dateOf(payments[i - 1].created) >= dateOf(payments[i].created), 'not newest first');
  }

  // subscriptions.search by the customer's name.
  const found = await staff.subscriptions.search('Nordmann');
  const plainFound = await rawOk('/subscriptions/search?query=Nordmann&page=0&size=100');
  assert.deepEqual(found.current.map((s) => s.id), plainFound.json.map(oid));
  assert.ok(found.current.some((s) => s.id === id));
});

check('payments.get(), payments.get(id), payments.search(query)', async () => {
  const pages = await staff.payments.get({ page: 0, size: 20, urlParams: { current_state: 'failed' } });
  const plain = await rawOk('/payments?page=0&size=20&current_state=failed');
  assert.equal(Number(pages.paginationTotal), Number(plain.headers['x-pagination-total']));
  assert.deepEqual(pages.current.map((p) => p.id), plain.json.map(oid));
  assert.ok(pages.current.length > 0);
  pages.current.forEach((p) => {
    assert.equal(p.constructor.name, 'Payment');
    assert.equal(p.current_state, 'failed');
    // Why it failed (a local addition), and the card used.
    assert.ok(p.failure_code && p.failure_message, `${p.id} says not why it failed`);
    assert.ok(p.card.brand && p.card.last4);
  });
  const one = await staff.payments.get(pages.current[0].id);
  assert.equal(one.constructor.name, 'Payment');
  assert.deepEqual(one.failure_message, pages.current[0].failure_message);

  const found = await staff.payments.search(pages.current[0].human_id);
  assert.ok(found.current.some((p) => p.id === pages.current[0].id));
  await assert.rejects(staff.payments.get('0123456789abcdef01234567'), (err) => {
    assert.equal(err.status, 404);
    return true;
  });
});

check('plans.get(), plans.get(id), plans.search(query)', async () => {
  const pages = await staff.plans.get({ page: 0, size: 50 });
  const plain = await rawOk('/plans?page=0&size=50');
  assert.equal(Number(pages.paginationTotal), Number(plain.headers['x-pagination-total']));
  assert.deepEqual(pages.current.map((p) => p.id), plain.json.map(oid));
  assert.ok(pages.current.length > 0);
  pages.current.forEach((p) => {
    assert.equal(p.constructor.name, 'Plan');
    assert.ok(p.name && p.currency && p.total_amount > 0);
  });
  const one = await staff.plans.get(pages.current[0].id);
  assert.equal(one.name, pages.current[0].name);
  const found = await staff.plans.search('club');
  assert.ok(found.current.length > 0);
  found.current.forEach((p) => assert.ok(p.name.toLowerCase().includes('club')));

  // A subscription's plan is one of them.
  const sub = (await rawOk('/subscriptions?size=1')).json[0];
  const plan = await staff.plans.get(sub.plan.$oid);
  assert.equal(plan.id, sub.plan.$oid);
});

// ---- run -------------------------------------------------------------------------------------

(async () => {
  let failed = 0;
  for (const { name, fn } of checks) {
    try {
      // eslint-disable-next-line no-await-in-loop
      await fn();
      console.log(`ok - ${name}`);
    } catch (err) {
      failed += 1;
      console.log(`not ok - ${name}`);
      console.log(`  ${String(err && err.stack ? err.stack : err).split('\n').join('\n  ')}`);
    }
  }
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
})();
