#include "CLibEdit.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

EditLine *csp_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

void csp_el_end(EditLine *el) { el_end(el); }

void csp_el_set_prompt(EditLine *el, csp_prompt_fn prompt, char escape) {
    if (escape) {
        el_set(el, EL_PROMPT_ESC, prompt, escape);
    } else {
        el_set(el, EL_PROMPT, prompt);
    }
}

void csp_el_set_editor(EditLine *el, const char *mode) { el_set(el, EL_EDITOR, mode); }

void csp_el_set_signal(EditLine *el, int handle) { el_set(el, EL_SIGNAL, handle); }

void csp_el_set_client_data(EditLine *el, void *data) { el_set(el, EL_CLIENTDATA, data); }

void *csp_el_client_data(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

void csp_el_set_history(EditLine *el, History *log) { el_set(el, EL_HIST, history, log); }

void csp_el_add_function(EditLine *el, const char *name, const char *help, csp_command_fn fn) {
    el_set(el, EL_ADDFN, name, help, fn);
}

void csp_el_bind(EditLine *el, const char *keys, const char *function) {
    el_set(el, EL_BIND, keys, function, NULL);
}

int csp_el_source(EditLine *el, const char *path) { return el_source(el, path); }

const char *csp_el_gets(EditLine *el, int *count) { return el_gets(el, count); }

const char *csp_el_line(EditLine *el, int whole, int *length) {
    const LineInfo *info = el_line(el);
    *length = 0;
    if (info == NULL) return NULL;
    long count = (whole ? info->lastchar : info->cursor) - info->buffer;
    *length = count > 0 ? (int)count : 0;
    return info->buffer;
}

int csp_el_insert(EditLine *el, const char *text) { return el_insertstr(el, text); }

void csp_el_delete(EditLine *el, int count) { el_deletestr(el, count); }

void csp_el_reset(EditLine *el) { el_reset(el); }


void csp_el_replace_line(EditLine *el, const char *text) {
    // Counted in characters (wide), as el_cursor and el_deletestr count them.
    const LineInfoW *info = el_wline(el);
    if (info != NULL) {
        el_cursor(el, (int)(info->lastchar - info->cursor));
        info = el_wline(el);
        int length = (int)(info->lastchar - info->buffer);
        if (length > 0) el_deletestr(el, length);
    }
    if (text[0] != '\0') el_insertstr(el, text);
}

int csp_el_getc(EditLine *el, unsigned int *scalar) {
    wchar_t character = 0;
    int count = el_wgetc(el, &character);
    *scalar = (unsigned int)character;
    return count;
}

void csp_el_push(EditLine *el, unsigned int scalar) {
    wchar_t pushed[2] = {(wchar_t)scalar, 0};
    el_wpush(el, pushed);
}

void csp_el_refresh(EditLine *el) { el_set(el, EL_REFRESH); }

const char *csp_history_walk(History *log, int first) {
    HistEvent event;
    if (history(log, &event, first ? H_FIRST : H_NEXT) < 0) return NULL;
    return event.str;
}

History *csp_history_init(void) { return history_init(); }

void csp_history_end(History *log) { history_end(log); }

int csp_history_set_size(History *log, int size) {
    HistEvent event;
    return history(log, &event, H_SETSIZE, size);
}

int csp_history_set_unique(History *log, int unique) {
    HistEvent event;
    return history(log, &event, H_SETUNIQUE, unique);
}

int csp_history_enter(History *log, const char *line) {
    HistEvent event;
    return history(log, &event, H_ENTER, line);
}

int csp_history_load(History *log, const char *path) {
    HistEvent event;
    return history(log, &event, H_LOAD, path);
}

int csp_history_save(History *log, const char *path) {
    HistEvent event;
    return history(log, &event, H_SAVE, path);
}

static volatile sig_atomic_t interrupted = 0;
static volatile sig_atomic_t termination = 0;

/// A shell started from a launcher that blocks signals would never see Ctrl-C: unblock ours.
static int unblock(int signal) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signal);
    return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static void on_interrupt(int signal) {
    (void)signal;
    interrupted = 1;
}

static void on_termination(int signal) { termination = signal; }

int csp_install_interrupt_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: el_gets must return on Ctrl-C
    if (sigaction(SIGINT, &action, NULL) != 0) return -1;
    return unblock(SIGINT);
}

int csp_take_interrupt(void) {
    int was = interrupted;
    interrupted = 0;
    return was;
}

int csp_install_termination_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_termination;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(SIGTERM, &action, NULL) != 0 || sigaction(SIGHUP, &action, NULL) != 0) return -1;
    if (unblock(SIGTERM) != 0) return -1;
    return unblock(SIGHUP);
}

int csp_termination_signal(void) { return termination; }

/// The mask before the hold, restored as it was (a signal blocked by whoever started us stays so).
static sigset_t before_hold;

static sigset_t stop_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGINT);
    return set;
}

int csp_hold_stop_signals(void) {
    sigset_t set = stop_signals();
    return sigprocmask(SIG_BLOCK, &set, &before_hold);
}

int csp_accept_stop_signals(void) {
    sigset_t set = stop_signals();
    return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

int csp_release_stop_signals(void) { return sigprocmask(SIG_SETMASK, &before_hold, NULL); }

int csp_use_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || (strcmp(codeset, "UTF-8") != 0 && strcmp(codeset, "utf8") != 0)) {
        setlocale(LC_CTYPE, "C.UTF-8");
        return 0;
    }
    return 1;
}

int csp_terminal_columns(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

int csp_stdin_is_tty(void) { return isatty(STDIN_FILENO); }

int csp_stdout_is_tty(void) { return isatty(STDOUT_FILENO); }

void csp_write_stdout(const char *text) {
    fputs(text, stdout);
    fflush(stdout);
}

void csp_write_stdout_buffered(const char *text) { fputs(text, stdout); }

void csp_flush_stdout(void) { fflush(stdout); }
