package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // the driver FerretDB itself uses
)

// FerretDB 1.24's SQLite backend finds a document by _id with
//
//	WHERE _ferretdb_sjson->'$._id' = ?
//
// but creates the collection's unique _id index on the expression _ferretdb_sjson->"_id".
// SQLite uses an expression index only for the same expression, so every findOne, update and
// delete by _id scans (and decodes) the whole table: a point read slows as the collection
// grows. indexIDPaths adds, to every collection table, an index on the expression the queries
// use. FerretDB does not know of it (it does not list it, and uniqueness stays with its own
// index); SQLite keeps it current on every write and drops it with the table.

// idPathIndexSuffix names the added index: <table>__ferretdb_id_path.
const idPathIndexSuffix = "__ferretdb_id_path"

// indexIDPaths looks for collection tables without the index every interval until ctx ends.
func indexIDPaths(ctx context.Context, dir string, interval time.Duration, logger *slog.Logger) {
	opened := map[string]*sql.DB{}
	defer func() {
		for _, db := range opened {
			_ = db.Close()
		}
	}()
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		files, _ := filepath.Glob(filepath.Join(dir, "*.sqlite"))
		for _, file := range files {
			db := opened[file]
			if db == nil {
				var err error
				db, err = sql.Open("sqlite", "file:"+file+"?_pragma=busy_timeout(10000)")
				if err != nil {
					continue
				}
				opened[file] = db
			}
			if err := indexTables(ctx, db); err != nil && ctx.Err() == nil {
				logger.Debug("_id path index", "file", file, "error", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

// indexTables creates the missing _id path indexes of one database file.
func indexTables(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, `
		SELECT c.table_name FROM _ferretdb_collections c
		WHERE NOT EXISTS (
			SELECT 1 FROM sqlite_master m
			WHERE m.type = 'index' AND m.name = c.table_name || ?
		)`, idPathIndexSuffix)
	if err != nil {
		return err // e.g. a database FerretDB is still creating
	}
	var tables []string
	for rows.Next() {
		var table string
		if err := rows.Scan(&table); err != nil {
			_ = rows.Close()
			return err
		}
		tables = append(tables, table)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, table := range tables {
		q := fmt.Sprintf(
			`CREATE INDEX IF NOT EXISTS %q ON %q (_ferretdb_sjson->'$._id')`,
			table+idPathIndexSuffix, table,
		)
		// A table dropped in the meantime fails here and is gone from the list next time.
		if _, err := db.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
