console.error("gateway: under construction");
process.exit(1);
