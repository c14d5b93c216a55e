import ChronicleStore
/// The versioned schema of the PostgreSQL backend.
///
/// Applied versions are recorded in `schema_migrations`; ``PostgresEventStore/migrate()``
/// applies the missing ones in order, each in a transaction, under an advisory lock so that
/// several processes starting at once do not race. Migrations are append-only. Full-text
/// search uses a generated `tsvector` column (English configuration) with a GIN index.
enum PostgresSchema {
    struct Migration {
        var version: Int
        var name: String
        var statements: [String]
    }

    /// The advisory lock key taken while migrating.
    static let migrationLock = 7_2018_0612

    static let createMigrationsTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version BIGINT PRIMARY KEY, name TEXT NOT NULL,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
        """

    static let migrations: [Migration] = [
        Migration(version: 1, name: "documents, sentences, mentions, merged events", statements: [
            """
            CREATE TABLE documents (
                id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, publication_day BIGINT,
                title TEXT, author TEXT, source TEXT, url TEXT, text TEXT NOT NULL)
            """,
            "CREATE INDEX documents_by_day ON documents(publication_day, id)",
            """
            CREATE TABLE sentences (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                sentence_index BIGINT NOT NULL, start_offset BIGINT NOT NULL, end_offset BIGINT NOT NULL,
                text TEXT NOT NULL,
                tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
                UNIQUE (document_id, sentence_index))
            """,
            "CREATE INDEX sentences_fts ON sentences USING GIN (tsv)",
            """
            CREATE TABLE actor_mentions (
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                ordinal BIGINT NOT NULL, start_offset BIGINT NOT NULL, end_offset BIGINT NOT NULL,
                text TEXT NOT NULL, country TEXT, sector TEXT, role TEXT, name TEXT, code TEXT,
                how TEXT NOT NULL, PRIMARY KEY (document_id, ordinal))
            """,
            """
            CREATE TABLE time_expressions (
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                ordinal BIGINT NOT NULL, start_offset BIGINT NOT NULL, end_offset BIGINT NOT NULL,
                text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, anchor TEXT,
                PRIMARY KEY (document_id, ordinal))
            """,
            """
            CREATE TABLE events (
                id TEXT PRIMARY KEY, merge_key TEXT NOT NULL, dyad TEXT,
                source_country TEXT, target_country TEXT, root TEXT NOT NULL, cameo TEXT NOT NULL,
                quad BIGINT NOT NULL, goldstein DOUBLE PRECISION NOT NULL, mode TEXT NOT NULL, date TEXT,
                day_start BIGINT NOT NULL, day_end BIGINT NOT NULL, month BIGINT,
                is_symmetric BIGINT NOT NULL, mention_count BIGINT NOT NULL,
                documents TEXT NOT NULL, sources TEXT NOT NULL, record TEXT NOT NULL)
            """,
            "CREATE INDEX events_by_dyad ON events(dyad, day_start, id) INCLUDE (day_end)",
            """
            CREATE INDEX events_by_dyad_month ON events(dyad, month, source_country, target_country, quad)
                INCLUDE (goldstein, is_symmetric, day_start, day_end)
            """,
            "CREATE INDEX events_by_source ON events(source_country, day_start, id)",
            "CREATE INDEX events_by_target ON events(target_country, day_start, id)",
            "CREATE INDEX events_by_day ON events(day_start, id)",
            """
            CREATE TABLE event_sources (
                event_id TEXT NOT NULL, name TEXT NOT NULL, name_lower TEXT NOT NULL,
                PRIMARY KEY (event_id, name))
            """,
            "CREATE INDEX event_sources_by_name ON event_sources(name_lower)",
            """
            CREATE TABLE event_mentions (
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                ordinal BIGINT NOT NULL, event_id TEXT, record_id TEXT NOT NULL, merge_key TEXT NOT NULL,
                precision BIGINT NOT NULL, day_start BIGINT NOT NULL, day_end BIGINT NOT NULL,
                sentence_index BIGINT NOT NULL, span_start BIGINT, span_end BIGINT,
                evidence TEXT NOT NULL, reported_by TEXT NOT NULL, document_source TEXT,
                record TEXT NOT NULL, PRIMARY KEY (document_id, ordinal))
            """,
            "CREATE INDEX event_mentions_by_key ON event_mentions(merge_key, day_start)",
            "CREATE INDEX event_mentions_by_event ON event_mentions(event_id)",
            "CREATE INDEX event_mentions_by_sentence ON event_mentions(document_id, sentence_index)",
        ]),
        Migration(version: 2, name: "dyad_months, monthly trend aggregates", statements: [
            """
            CREATE TABLE dyad_months (
                dyad TEXT NOT NULL, month BIGINT NOT NULL,
                source_country TEXT NOT NULL, target_country TEXT NOT NULL, quad BIGINT NOT NULL,
                events BIGINT NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL,
                PRIMARY KEY (dyad, month, source_country, target_country, quad))
            """,
        ] + StoreSQL.rebuildDyadMonths.map(\.sql)),
    ]
}
