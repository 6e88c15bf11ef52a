import type DataLoader from "dataloader";
import type { Context } from "../context.js";
import { toConnection, toPageRequest, type ConnectionArgs, type Connection } from "../pagination.js";
import type { Actor, Article, Event } from "@corpus/schema";
import type { ActorFilter, ActorOrderField, ArticleFilter, ArticleOrderField, EventFilter, EventOrderField, Order, Page, PageRequest } from "../store/index.js";
import { ordering } from "./inputs.js";

/** Arguments of every record connection field: paging plus an order. */
export interface OrderedArgs<Field extends string> extends ConnectionArgs {
  orderBy: Order<Field>;
}

type QueryLoader<Filter, Field extends string, Node> = DataLoader<{ filter: Filter; orderBy: Order<Field>; page: PageRequest }, Page<Node>, unknown>;

async function connection<Filter extends { text?: string | null }, Field extends string, Node>(
  loader: QueryLoader<Filter, Field, Node>,
  filter: Filter,
  args: OrderedArgs<Field>,
): Promise<Connection<Node>> {
  const { orderBy, tag } = ordering(args.orderBy, filter);
  const page = await loader.load({ filter, orderBy, page: toPageRequest(args, tag) });
  return toConnection(page, tag);
}

/** A page of articles for a (validated) store filter; every article connection goes through here. */
export const articleConnection = (ctx: Context, filter: ArticleFilter, args: OrderedArgs<ArticleOrderField>) =>
  connection<ArticleFilter, ArticleOrderField, Article>(ctx.loaders.articles, filter, args);

export const actorConnection = (ctx: Context, filter: ActorFilter, args: OrderedArgs<ActorOrderField>) =>
  connection<ActorFilter, ActorOrderField, Actor>(ctx.loaders.actors, filter, args);

export const eventConnection = (ctx: Context, filter: EventFilter, args: OrderedArgs<EventOrderField>) =>
  connection<EventFilter, EventOrderField, Event>(ctx.loaders.events, filter, args);
