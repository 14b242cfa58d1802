#ifndef CLIBPQ_H
#define CLIBPQ_H

// libpq, PostgreSQL's client library, loaded with dlopen the first time a team store is opened:
// its library tree (Kerberos, LDAP, TLS...) costs every run some milliseconds of start-up when
// linked, and most runs use an SQLite file. The real prototypes are checked in CLibPQ.c against
// <libpq-fe.h>; Swift sees only these opaque types and plain integers.

#include <stdbool.h>
#include <stddef.h>

typedef struct cpq_conn cpq_conn;
typedef struct cpq_result cpq_result;
typedef struct cpq_notify cpq_notify;

/// Loads libpq once. NULL when it is ready, else why it cannot be loaded (a static string).
const char *cpq_load(void);

cpq_conn *cpq_connectdb(const char *conninfo);
void cpq_finish(cpq_conn *conn);
/// CONNECTION_OK.
bool cpq_connection_ok(const cpq_conn *conn);
/// The connection's last error, owned by the connection.
const char *cpq_error_message(const cpq_conn *conn);
/// Reconnects with the same parameters; true when the new connection is up.
bool cpq_reset(cpq_conn *conn);
/// Discards NOTICE and WARNING messages, which libpq would otherwise print on stderr.
void cpq_silence_notices(cpq_conn *conn);
/// Text parameters and text results; `values` may hold NULL for SQL NULL.
cpq_result *cpq_exec_params(cpq_conn *conn, const char *command, int count, const char *const *values);
/// Parses and plans a statement once, under `name`, for cpq_exec_prepared.
cpq_result *cpq_prepare(cpq_conn *conn, const char *name, const char *command, int count);
cpq_result *cpq_exec_prepared(cpq_conn *conn, const char *name, int count, const char *const *values);
/// Idle, in a transaction, or failed inside one: PQTRANS_IDLE is 0, PQTRANS_INERROR 3.
int cpq_transaction_status(const cpq_conn *conn);
int cpq_backend_pid(const cpq_conn *conn);
int cpq_socket(const cpq_conn *conn);
/// Reads what the server sent without blocking; false when the connection failed.
bool cpq_consume_input(cpq_conn *conn);
/// The next notification received, or NULL; free it with cpq_free_notify.
cpq_notify *cpq_next_notify(cpq_conn *conn);
const char *cpq_notify_channel(const cpq_notify *notify);
const char *cpq_notify_payload(const cpq_notify *notify);
int cpq_notify_pid(const cpq_notify *notify);
void cpq_free_notify(cpq_notify *notify);
/// The server's address as libpq resolved it (host or socket folder, port, database, user).
const char *cpq_host(const cpq_conn *conn);
const char *cpq_port(const cpq_conn *conn);
const char *cpq_db(const cpq_conn *conn);
const char *cpq_user(const cpq_conn *conn);
bool cpq_ssl_in_use(const cpq_conn *conn);
/// Whether a connection string is one libpq accepts; on false, `error` (may be NULL) gets why,
/// to be freed with cpq_free_message.
bool cpq_conninfo_valid(const char *conninfo, char **error);
/// The value libpq would use for one keyword of a connection string (NULL when unset), for
/// naming the server in messages without its password. Free with cpq_free_message.
char *cpq_conninfo_value(const char *conninfo, const char *keyword);
void cpq_free_message(char *message);

// Results.
/// PGRES_COMMAND_OK or PGRES_TUPLES_OK.
bool cpq_result_ok(const cpq_result *result);
/// A field of the error (see CPQ_DIAG_*), or NULL.
const char *cpq_result_error_field(const cpq_result *result, int field);
const char *cpq_result_error_message(const cpq_result *result);
int cpq_ntuples(const cpq_result *result);
int cpq_nfields(const cpq_result *result);
/// NULL for SQL NULL.
const char *cpq_value(const cpq_result *result, int row, int column);
const char *cpq_cmd_tuples(cpq_result *result);
void cpq_clear(cpq_result *result);

// Error fields, re-exported: libpq defines them as character literals, which Swift cannot import.
extern const int CPQ_DIAG_SQLSTATE;
extern const int CPQ_DIAG_MESSAGE_PRIMARY;
extern const int CPQ_DIAG_MESSAGE_DETAIL;

#endif
