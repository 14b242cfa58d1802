#include "CLibPQ.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
// Headers only (libpq-dev): the library itself is loaded at run time.
#include <postgresql/libpq-fe.h>

// Every libpq function used, with the type its header gives it, so a mismatch fails the build.
#define CPQ_FUNCTIONS(X) \
    X(PQconnectdb) X(PQfinish) X(PQstatus) X(PQerrorMessage) X(PQreset) X(PQsetNoticeProcessor) \
    X(PQexecParams) X(PQprepare) X(PQexecPrepared) X(PQtransactionStatus) X(PQbackendPID) X(PQsocket) X(PQconsumeInput) \
    X(PQnotifies) X(PQfreemem) X(PQhost) X(PQport) X(PQdb) X(PQuser) X(PQsslInUse) \
    X(PQconninfoParse) X(PQconninfoFree) X(PQresultStatus) X(PQresultErrorField) \
    X(PQresultErrorMessage) X(PQntuples) X(PQnfields) X(PQgetvalue) X(PQgetisnull) \
    X(PQcmdTuples) X(PQclear)

#define CPQ_POINTER(name) static __typeof__(name) *p_##name;
CPQ_FUNCTIONS(CPQ_POINTER)

const int CPQ_DIAG_SQLSTATE = PG_DIAG_SQLSTATE;
const int CPQ_DIAG_MESSAGE_PRIMARY = PG_DIAG_MESSAGE_PRIMARY;
const int CPQ_DIAG_MESSAGE_DETAIL = PG_DIAG_MESSAGE_DETAIL;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static const char *load_error = "libpq has not been loaded";

static void load(void) {
    void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) library = dlopen("libpq.5.dylib", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        load_error = "libpq (the PostgreSQL client library, package libpq5) is not installed";
        return;
    }
#define CPQ_RESOLVE(name) \
    p_##name = (__typeof__(name) *)dlsym(library, #name); \
    if (p_##name == NULL) { load_error = "libpq is too old: " #name " is missing"; return; }
    CPQ_FUNCTIONS(CPQ_RESOLVE)
    load_error = NULL;
}

const char *cpq_load(void) {
    pthread_once(&load_once, load);
    return load_error;
}

#define CONN(c) ((PGconn *)(c))
#define CCONN(c) ((const PGconn *)(c))
#define RES(r) ((PGresult *)(r))
#define CRES(r) ((const PGresult *)(r))

cpq_conn *cpq_connectdb(const char *conninfo) { return (cpq_conn *)p_PQconnectdb(conninfo); }
void cpq_finish(cpq_conn *conn) { p_PQfinish(CONN(conn)); }
bool cpq_connection_ok(const cpq_conn *conn) { return p_PQstatus(CCONN(conn)) == CONNECTION_OK; }
const char *cpq_error_message(const cpq_conn *conn) { return p_PQerrorMessage(CCONN(conn)); }

bool cpq_reset(cpq_conn *conn) {
    p_PQreset(CONN(conn));
    return p_PQstatus(CONN(conn)) == CONNECTION_OK;
}

static void ignore_notice(void *argument, const char *message) {
    (void)argument;
    (void)message;
}

void cpq_silence_notices(cpq_conn *conn) { p_PQsetNoticeProcessor(CONN(conn), ignore_notice, NULL); }

cpq_result *cpq_exec_params(cpq_conn *conn, const char *command, int count, const char *const *values) {
    return (cpq_result *)p_PQexecParams(CONN(conn), command, count, NULL, values, NULL, NULL, 0);
}

cpq_result *cpq_prepare(cpq_conn *conn, const char *name, const char *command, int count) {
    return (cpq_result *)p_PQprepare(CONN(conn), name, command, count, NULL);
}

cpq_result *cpq_exec_prepared(cpq_conn *conn, const char *name, int count, const char *const *values) {
    return (cpq_result *)p_PQexecPrepared(CONN(conn), name, count, values, NULL, NULL, 0);
}

int cpq_transaction_status(const cpq_conn *conn) { return (int)p_PQtransactionStatus(CCONN(conn)); }
int cpq_backend_pid(const cpq_conn *conn) { return p_PQbackendPID(CCONN(conn)); }
int cpq_socket(const cpq_conn *conn) { return p_PQsocket(CCONN(conn)); }
bool cpq_consume_input(cpq_conn *conn) { return p_PQconsumeInput(CONN(conn)) == 1; }
cpq_notify *cpq_next_notify(cpq_conn *conn) { return (cpq_notify *)p_PQnotifies(CONN(conn)); }
const char *cpq_notify_channel(const cpq_notify *notify) { return ((const PGnotify *)notify)->relname; }
const char *cpq_notify_payload(const cpq_notify *notify) { return ((const PGnotify *)notify)->extra; }
int cpq_notify_pid(const cpq_notify *notify) { return ((const PGnotify *)notify)->be_pid; }
void cpq_free_notify(cpq_notify *notify) { p_PQfreemem(notify); }
const char *cpq_host(const cpq_conn *conn) { return p_PQhost(CCONN(conn)); }
const char *cpq_port(const cpq_conn *conn) { return p_PQport(CCONN(conn)); }
const char *cpq_db(const cpq_conn *conn) { return p_PQdb(CCONN(conn)); }
const char *cpq_user(const cpq_conn *conn) { return p_PQuser(CCONN(conn)); }
bool cpq_ssl_in_use(const cpq_conn *conn) { return p_PQsslInUse(CONN(conn)) == 1; }

bool cpq_conninfo_valid(const char *conninfo, char **error) {
    char *message = NULL;
    PQconninfoOption *options = p_PQconninfoParse(conninfo, &message);
    if (options == NULL) {
        if (error != NULL && message != NULL) *error = strdup(message);
        if (message != NULL) p_PQfreemem(message);
        return false;
    }
    p_PQconninfoFree(options);
    return true;
}

char *cpq_conninfo_value(const char *conninfo, const char *keyword) {
    PQconninfoOption *options = p_PQconninfoParse(conninfo, NULL);
    if (options == NULL) return NULL;
    char *value = NULL;
    for (PQconninfoOption *option = options; option->keyword != NULL; option++) {
        if (strcmp(option->keyword, keyword) == 0 && option->val != NULL) {
            value = strdup(option->val);
            break;
        }
    }
    p_PQconninfoFree(options);
    return value;
}

void cpq_free_message(char *message) { free(message); }

bool cpq_result_ok(const cpq_result *result) {
    ExecStatusType status = p_PQresultStatus(CRES(result));
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

const char *cpq_result_error_field(const cpq_result *result, int field) { return p_PQresultErrorField(CRES(result), field); }
const char *cpq_result_error_message(const cpq_result *result) { return p_PQresultErrorMessage(CRES(result)); }
int cpq_ntuples(const cpq_result *result) { return p_PQntuples(CRES(result)); }
int cpq_nfields(const cpq_result *result) { return p_PQnfields(CRES(result)); }

const char *cpq_value(const cpq_result *result, int row, int column) {
    if (p_PQgetisnull(CRES(result), row, column)) return NULL;
    return p_PQgetvalue(CRES(result), row, column);
}

const char *cpq_cmd_tuples(cpq_result *result) { return p_PQcmdTuples(RES(result)); }
void cpq_clear(cpq_result *result) { p_PQclear(RES(result)); }
