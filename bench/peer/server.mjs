// The benchmark peer: @neo4j/graphql + @apollo/server serving the same Neo4j as reegraph, with type definitions
// equivalent to reegraph's for the entity types and relationships the benchmarks ask about, and the headline
// path question as a @cypher field running reegraph's own dependency-paths statement.
//
// Environment: NEO4J_URI (bolt://127.0.0.1:PORT, no authentication), PORT (HTTP), CYPHER_FILE (the
// dependency-paths statement, written by the harness from the cypher module). Prints "peer ready on PORT".
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI;
const port = Number(process.env.PORT ?? 4000);
const statement = readFileSync(process.env.CYPHER_FILE, "utf8").trim().replace(/;\s*$/, "");
// reegraph's statement returns one row with a list of paths; a @cypher list field wants one row per item.
const pathStatement = `CALL () {\n${statement}\n}\nUNWIND paths AS path\nRETURN path`;

const typeDefs = /* GraphQL */ `
  type Country @node {
    id: ID!
    name: String!
    code: String
    kind: String
    exportsTo: [Country!]! @relationship(type: "EXPORTS_TO", direction: OUT)
    produces: [Element!]! @relationship(type: "PRODUCES", direction: OUT)
    refines: [Element!]! @relationship(type: "REFINES", direction: OUT)
  }
  type Company @node {
    id: ID!
    name: String!
    country: String
    industry: String
    locatedIn: [Country!]! @relationship(type: "LOCATED_IN", direction: OUT, properties: "Fact")
    suppliers: [Company!]! @relationship(type: "SUPPLIES", direction: IN, properties: "Fact")
    supplies: [SupplyTarget!]! @relationship(type: "SUPPLIES", direction: OUT, properties: "Fact")
    dependsOn: [Element!]! @relationship(type: "DEPENDS_ON", direction: OUT)
    operates: [Mine!]! @relationship(type: "OPERATES", direction: OUT)
    develops: [Program!]! @relationship(type: "DEVELOPS", direction: OUT)
  }
  type Element @node {
    id: ID!
    name: String!
    symbol: String
    kind: String
    category: String
    contains: [Element!]! @relationship(type: "CONTAINS", direction: OUT)
  }
  type Mine @node {
    id: ID!
    name: String!
    kind: String
    country: String
    locatedIn: [Country!]! @relationship(type: "LOCATED_IN", direction: OUT)
    produces: [Element!]! @relationship(type: "PRODUCES", direction: OUT)
  }
  type Program @node {
    id: ID!
    name: String!
    kind: String
    country: String
    dependsOn: [Element!]! @relationship(type: "DEPENDS_ON", direction: OUT)
    developers: [Company!]! @relationship(type: "DEVELOPS", direction: IN)
    suppliers: [Company!]! @relationship(type: "SUPPLIES", direction: IN)
  }
  union SupplyTarget = Company | Program
  type Fact @relationshipProperties {
    factId: String
    published: Date
  }

  type PathEntity {
    id: ID
    name: String
    code: String
    label: String
  }
  type PathEvidence {
    document: String
    article: String
    published: Date
    sentence: String
    rule: String
    confidence: Float
    factId: String
  }
  type PathHop {
    from: PathEntity
    type: String
    to: PathEntity
    forward: Boolean
    evidence: [PathEvidence]
  }
  type DependencyPath {
    program: PathEntity
    origin: PathEntity
    originBasis: String
    hops: [PathHop]
  }
  type Query {
    dependencyPaths(element: String!, origin: String, programCountry: String, programKind: String,
                    maxHops: Int = 4, first: Int = 20): [DependencyPath!]!
      @cypher(statement: """${pathStatement}""", columnName: "path")
  }
`;

const driver = uri ? neo4j.driver(uri) : null;
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const server = new ApolloServer({ schema: await neoSchema.getSchema() });
const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
console.log(`peer ready on ${port} (${url})`);
