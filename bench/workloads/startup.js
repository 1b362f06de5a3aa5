// bench: runs=30 quick=5 plain
// Startup: the cost of bringing the runtime up, printing one line and exiting.
console.log('hello');
