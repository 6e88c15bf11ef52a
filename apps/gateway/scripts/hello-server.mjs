#!/usr/bin/env node
// The baseline of the gateway benchmark: a hello-world Apollo Server on the same stack as the
// gateway (Express 5 + express.json + @as-integrations/express5, NODE_ENV from the caller).
// Prints one JSON line {"url": …} once it listens on 127.0.0.1 (port 0 = any free port).
import { createServer } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";

const httpServer = createServer();
const server = new ApolloServer({
  typeDefs: "type Query { hello: String! }",
  resolvers: { Query: { hello: () => "world" } },
  plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
});
await server.start();
const app = express();
app.use("/graphql", express.json(), expressMiddleware(server));
httpServer.on("request", app);
httpServer.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${httpServer.address().port}/graphql` }));
});
process.on("SIGTERM", () => server.stop().then(() => process.exit(0)));
