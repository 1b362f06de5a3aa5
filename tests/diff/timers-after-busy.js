// A timer counts from its creation even when the loop's clock is stale after synchronous work.
const busyUntil = Date.now() + 150;
while (Date.now() < busyUntil);
const created = Date.now();
setTimeout(() => console.log('waited at least the delay:', Date.now() - created >= 79), 80);
setImmediate(() => console.log('immediate first'));
