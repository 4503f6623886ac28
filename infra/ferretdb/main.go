// Command ferretdb runs FerretDB v1 (MongoDB wire protocol, SQLite backend) for development,
// tests and CI; with -postgresql-url it stores in an existing PostgreSQL instead (benchmarks). It is built from FerretDB's embeddable package because the upstream
// cmd/ferretdb cannot be built outside FerretDB's own repository.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	dir := flag.String("state-dir", "", "directory for the SQLite databases (required)")
	parentPID := flag.Int("parent-pid", 0, "stop when the process with this PID no longer exists")
	postgresURL := flag.String("postgresql-url", "", "use this PostgreSQL database instead of SQLite")
	flag.Parse()
	if *dir == "" {
		log.Fatal("-state-dir is required")
	}
	if err := os.MkdirAll(*dir, 0o700); err != nil {
		log.Fatal(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if *parentPID > 0 {
		go stopWhenGone(*parentPID, stop)
	}

	// Info logs one line per connection; tests open many.
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	slog.SetDefault(logger)

	// Telemetry stays off: the embedded package never creates the reporter and locks it disabled.
	config := &ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + *dir + "/",
	}
	if *postgresURL != "" {
		config.Handler = "postgresql"
		config.PostgreSQLURL = *postgresURL
	}
	f, err := ferretdb.New(config)
	if err != nil {
		log.Fatal(err)
	}

	done := make(chan struct{})
	go func() {
		f.Run(ctx)
		close(done)
	}()
	if config.Handler == "sqlite" {
		go indexIDPaths(ctx, *dir, 250*time.Millisecond, logger)
	}
	fmt.Println("ferretdb ready on", f.MongoDBURI())
	<-done
}

// stopWhenGone calls stop once pid has exited, so a killed test run leaves no orphan behind.
func stopWhenGone(pid int, stop context.CancelFunc) {
	for range time.Tick(time.Second) {
		if errors.Is(syscall.Kill(pid, 0), syscall.ESRCH) {
			stop()
			return
		}
	}
}
