/**
 * The port a database engine listens on when none is configured. Shared by
 * every source that builds datastore records, so that the same engine gets the
 * same ports whichever format declared it.
 */
const ENGINE_PORTS = [
    [/postgres/i, 5432],
    [/mysql|maria|aurora(?!-postgres)/i, 3306],
    [/oracle/i, 1521],
    [/sqlserver|mssql/i, 1433],
    [/redis|valkey/i, 6379],
    [/memcache/i, 11211],
    [/mongo|docdb/i, 27017],
    [/neptune/i, 8182],
];
/** The configured port, else the engine's default, else `fallback`. */
export function servicePorts(configured, engine, fallback) {
    if (configured !== undefined && Number.isInteger(configured) && configured > 0)
        return [configured];
    if (engine !== undefined)
        for (const [re, port] of ENGINE_PORTS)
            if (re.test(engine))
                return [port];
    return fallback;
}
