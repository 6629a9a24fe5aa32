// timeline — What was stated about an entity, in date order, with evidence: every statement's figures and
// status, what changed since the previous statement of the same relationship (same ends, type, commodity and
// kind), and for a policy or agreement the status in force at each date.
//
// entity: an id (policy:cn-export-controls-rare-earths) or a name, any case. from, to: dates ('2025-06-01'),
// null = open. A change is measured against the previous dated statement of the same relationship even when
// that one lies before `from` (an undated statement has none). Statements of documents without a date are listed
// after the dated ones (undated: true) whatever the window, as nobody can place them; reference catalog facts are
// not statements and are left out. The status of a policy or agreement at a date is that of the latest statement on or before it
// that sets one: a fact about it carrying a status, or an agreement its issuer is party to, covering what it
// covers, whose terms pause, suspend or lift measures of its kind (SUSPENDED, LIFTED, from the agreement's first
// statement); failing both, the status the sources give the entity itself, from its first statement on.
:param entity => 'policy:cn-export-controls-rare-earths';
:param from => null;
:param to => null;
:param first => 100;
//
// Returns one row: entity (the resolved entity, null when unknown), statusAtEnd (the status in force at `to`,
// or at the latest statement; null when none is known), statuses [{published, status, basis (STATEMENT,
// AGREEMENT_TERM, ENTITY), evidence}] in date order, and statements [{published, undated, type, outgoing,
// other, figures, status, previous: {published, figures, status} or null, changed: [property names whose
// figure or status differs from the previous statement's], evidence}], oldest first, at most $first.
{{generated}}
WITH head(COLLECT {
       {{entityLookup n $entity}} }) AS focus
CALL (focus) {
  MATCH (focus)-[r]-(o:Entity)
  WHERE r.factId IS NOT NULL AND NOT coalesce(r.rule, '') STARTS WITH 'catalog.'
    AND ($to IS NULL OR r.published IS NULL OR r.published <= date($to))
  WITH focus, r, o, [startNode(r).id, type(r), endNode(r).id, coalesce(r.commodity, ''), coalesce(r.kind, '')] AS key
  ORDER BY r.published IS NULL, r.published, r.factId
  // One series per relationship, dated statements first and in order: the previous dated statement of a dated one
  // is the one before it in its series.
  WITH focus, key, collect({r: r, o: o}) AS series
  UNWIND range(0, size(series) - 1) AS i
  WITH focus, series[i] AS s,
       CASE WHEN i > 0 AND series[i].r.published IS NOT NULL THEN series[i - 1].r END AS prev
  WHERE $from IS NULL OR s.r.published IS NULL OR s.r.published >= date($from)
  WITH focus, s.r AS r, s.o AS o, prev
  WITH focus, r, o, prev,
       {{factProperties r}} AS figures,
       CASE WHEN prev IS NULL THEN null ELSE {{factProperties prev}} END AS before
  ORDER BY r.published IS NULL, r.published, r.factId
  LIMIT $first
  RETURN collect({
    published: r.published,
    undated: r.published IS NULL,
    type: type(r),
    outgoing: startNode(r) = focus,
    other: o{.*, label: [l IN labels(o) WHERE l <> 'Entity'][0]},
    figures: figures,
    status: r.status,
    previous: CASE WHEN prev IS NULL THEN null ELSE {published: prev.published, figures: before,
                                                     status: prev.status} END,
    changed: CASE WHEN prev IS NULL THEN [] ELSE
             [k IN keys(figures) WHERE figures[k] IS NOT NULL AND before[k] IS NOT NULL AND figures[k] <> before[k]]
             END,
    evidence: {{evidence r}}}) AS statements
}
CALL (focus) {
  // Status statements: facts about the entity that carry one, ...
  CALL (focus) {
    MATCH (focus)-[r]-(:Entity)
    WHERE (focus:Policy OR focus:Agreement) AND r.status IS NOT NULL AND r.published IS NOT NULL
    RETURN r.published AS published, r.status AS status, 'STATEMENT' AS basis, {{evidence r}} AS evidence
    UNION ALL
    // ... an agreement the issuer is party to, covering what the policy covers, that pauses or lifts its kind ...
    MATCH (focus:Policy)-[:ISSUED_BY]->(issuer:Entity)-[:PARTY_TO]->(ag:Agreement)
    WHERE EXISTS { (focus)-[:COVERS]->(:Element)<-[:COVERS]-(ag) }
    WITH focus, ag, [t IN coalesce(ag.terms, []) WHERE toLower(t) CONTAINS
           CASE focus.kind WHEN 'EXPORT_CONTROL' THEN 'export control' WHEN 'TARIFF' THEN 'tariff'
                           WHEN 'SANCTION' THEN 'sanction' ELSE toLower(focus.name) END
           AND (toLower(t) CONTAINS 'pause' OR toLower(t) CONTAINS 'suspend' OR toLower(t) CONTAINS 'lift')] AS terms
    WHERE size(terms) > 0
    MATCH (ag)-[r]-(:Entity)
    WHERE r.published IS NOT NULL AND NOT coalesce(r.rule, '') STARTS WITH 'catalog.'
    WITH terms, r ORDER BY r.published, r.factId
    WITH terms, head(collect(r)) AS r
    RETURN r.published AS published, CASE WHEN any(t IN terms WHERE toLower(t) CONTAINS 'lift') THEN 'LIFTED'
                                          ELSE 'SUSPENDED' END AS status,
           'AGREEMENT_TERM' AS basis, {{evidence r}} AS evidence
    UNION ALL
    // ... else the status the sources give the entity itself, from its first dated statement.
    MATCH (focus)-[r]-(:Entity)
    WHERE (focus:Policy OR focus:Agreement) AND focus.status IS NOT NULL AND r.published IS NOT NULL
      AND NOT coalesce(r.rule, '') STARTS WITH 'catalog.'
    WITH focus, r ORDER BY r.published, r.factId
    WITH focus, head(collect(r)) AS r
    RETURN r.published AS published, focus.status AS status, 'ENTITY' AS basis, {{evidence r}} AS evidence
  }
  WITH published, status, basis, evidence
  ORDER BY published, CASE basis WHEN 'ENTITY' THEN 0 WHEN 'STATEMENT' THEN 1 ELSE 2 END, evidence.factId
  WITH collect({published: published, status: status, basis: basis, evidence: evidence}) AS statuses
  WITH statuses, [s IN statuses WHERE $to IS NULL OR s.published <= date($to)] AS known
  RETURN [s IN statuses WHERE ($from IS NULL OR s.published >= date($from))
                             AND ($to IS NULL OR s.published <= date($to))] AS statuses,
         CASE WHEN size(known) = 0 THEN null ELSE last(known).status END AS statusAtEnd
}
RETURN focus{.*, label: [l IN labels(focus) WHERE l <> 'Entity'][0]} AS entity, statusAtEnd, statuses, statements;
