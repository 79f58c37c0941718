package org.podium.cli;

/** Output formats of rank and teams. */
enum Format {
    csv, table, json
}
