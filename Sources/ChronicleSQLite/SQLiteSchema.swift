import ChronicleStore
import GRDB

/// The versioned schema of the SQLite backend, applied by GRDB's `DatabaseMigrator`.
///
/// Migrations are append-only: a released migration is never edited; a change of schema is a
/// new `registerMigration` call. Full-text search uses an FTS5 table whose content is the
/// `sentences` table, kept in sync by triggers, with the Porter stemmer.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, sentences, mentions, merged events") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    id TEXT PRIMARY KEY NOT NULL,
                    content_hash TEXT NOT NULL,
                    publication_day INTEGER,
                    title TEXT, author TEXT, source TEXT, url TEXT,
                    text TEXT NOT NULL
                );
                CREATE INDEX documents_by_day ON documents(publication_day, id);

                CREATE TABLE sentences (
                    id INTEGER PRIMARY KEY,
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    sentence_index INTEGER NOT NULL,
                    start_offset INTEGER NOT NULL,
                    end_offset INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    UNIQUE (document_id, sentence_index)
                );
                CREATE VIRTUAL TABLE sentences_fts USING fts5(
                    text, content='sentences', content_rowid='id', tokenize='porter unicode61');
                CREATE TRIGGER sentences_after_insert AFTER INSERT ON sentences BEGIN
                    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER sentences_after_delete AFTER DELETE ON sentences BEGIN
                    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
                END;

                CREATE TABLE actor_mentions (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL,
                    country TEXT, sector TEXT, role TEXT, name TEXT, code TEXT, how TEXT NOT NULL,
                    PRIMARY KEY (document_id, ordinal)
                );
                CREATE TABLE time_expressions (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL,
                    type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, anchor TEXT,
                    PRIMARY KEY (document_id, ordinal)
                );

                CREATE TABLE events (
                    id TEXT PRIMARY KEY NOT NULL,
                    merge_key TEXT NOT NULL,
                    dyad TEXT,
                    source_country TEXT, target_country TEXT,
                    root TEXT NOT NULL, cameo TEXT NOT NULL,
                    quad INTEGER NOT NULL, goldstein REAL NOT NULL,
                    mode TEXT NOT NULL, date TEXT,
                    day_start INTEGER NOT NULL, day_end INTEGER NOT NULL, month INTEGER,
                    is_symmetric INTEGER NOT NULL,
                    mention_count INTEGER NOT NULL,
                    documents TEXT NOT NULL, sources TEXT NOT NULL, record TEXT NOT NULL
                );
                CREATE INDEX events_by_dyad ON events(dyad, day_start, id, day_end);
                CREATE INDEX events_by_dyad_month ON events(
                    dyad, month, source_country, target_country, quad, goldstein, is_symmetric, day_start, day_end);
                CREATE INDEX events_by_source ON events(source_country, day_start, id);
                CREATE INDEX events_by_target ON events(target_country, day_start, id);
                CREATE INDEX events_by_day ON events(day_start, id);

                CREATE TABLE event_sources (
                    event_id TEXT NOT NULL, name TEXT NOT NULL, name_lower TEXT NOT NULL,
                    PRIMARY KEY (event_id, name)
                );
                CREATE INDEX event_sources_by_name ON event_sources(name_lower);

                CREATE TABLE event_mentions (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    event_id TEXT,
                    record_id TEXT NOT NULL,
                    merge_key TEXT NOT NULL,
                    precision INTEGER NOT NULL,
                    day_start INTEGER NOT NULL, day_end INTEGER NOT NULL,
                    sentence_index INTEGER NOT NULL,
                    span_start INTEGER, span_end INTEGER,
                    evidence TEXT NOT NULL,
                    reported_by TEXT NOT NULL,
                    document_source TEXT,
                    record TEXT NOT NULL,
                    PRIMARY KEY (document_id, ordinal)
                );
                CREATE INDEX event_mentions_by_key ON event_mentions(merge_key, day_start);
                CREATE INDEX event_mentions_by_event ON event_mentions(event_id);
                CREATE INDEX event_mentions_by_sentence ON event_mentions(document_id, sentence_index);
                """)
        }
        migrator.registerMigration("v2: dyad_months, monthly trend aggregates") { db in
            try db.execute(sql: """
                CREATE TABLE dyad_months (
                    dyad TEXT NOT NULL, month INTEGER NOT NULL,
                    source_country TEXT NOT NULL, target_country TEXT NOT NULL, quad INTEGER NOT NULL,
                    events INTEGER NOT NULL, goldstein_sum REAL NOT NULL,
                    PRIMARY KEY (dyad, month, source_country, target_country, quad)
                ) WITHOUT ROWID
                """)
            for statement in StoreSQL.rebuildDyadMonths { try db.execute(sql: statement.sql) }
        }
        return migrator
    }
}
