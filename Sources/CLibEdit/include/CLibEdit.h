// Non-variadic wrappers over libedit, so that Swift can drive it.
// el_set, el_get and history are C variadics, which Swift cannot call; and Swift 6 refuses the
// stdin/stdout/stderr globals, so el_init is called here, where C can name them.
#ifndef CSP_CLIBEDIT_H
#define CSP_CLIBEDIT_H

#include <stdio.h>
#include <histedit.h>

typedef char *(*csp_prompt_fn)(EditLine *);
typedef unsigned char (*csp_command_fn)(EditLine *, int);

/// el_init on the process's standard streams.
EditLine *csp_el_init(const char *program);
void csp_el_end(EditLine *el);

/// The prompt; `escape` marks the start and end of invisible sequences (colour), 0 for none.
void csp_el_set_prompt(EditLine *el, csp_prompt_fn prompt, char escape);
void csp_el_set_editor(EditLine *el, const char *mode);
void csp_el_set_signal(EditLine *el, int handle);
void csp_el_set_client_data(EditLine *el, void *data);
void *csp_el_client_data(EditLine *el);
void csp_el_set_history(EditLine *el, History *log);
void csp_el_add_function(EditLine *el, const char *name, const char *help, csp_command_fn fn);
void csp_el_bind(EditLine *el, const char *keys, const char *function);
/// Reads ~/.editrc (or $EDITRC) when `path` is NULL. Returns 0 on success.
int csp_el_source(EditLine *el, const char *path);
/// The next line, with its newline, in a buffer reused by the next call; NULL at end of input or on
/// a signal (then *count is -1 and errno is set).
const char *csp_el_gets(EditLine *el, int *count);
/// The line being edited, whole or up to the cursor: its bytes, `*length` of them, valid until
/// the line changes (not NUL-terminated).
const char *csp_el_line(EditLine *el, int whole, int *length);
int csp_el_insert(EditLine *el, const char *text);
/// Deletes `count` characters before the cursor.
void csp_el_delete(EditLine *el, int count);
void csp_el_reset(EditLine *el);
/// Replaces the whole line being edited with `text`, the cursor at its end.
void csp_el_replace_line(EditLine *el, const char *text);
/// Reads one key from inside a bound function (el_wgetc): its Unicode scalar in *scalar. Returns 1,
/// or 0 at end of input, -1 on an error or a signal (Ctrl-C).
int csp_el_getc(EditLine *el, unsigned int *scalar);
/// Puts a key back, to be read next as if typed.
void csp_el_push(EditLine *el, unsigned int scalar);
/// Redraws the prompt (asking for it again) and the line.
void csp_el_refresh(EditLine *el);

History *csp_history_init(void);
void csp_history_end(History *log);
int csp_history_set_size(History *log, int size);
int csp_history_set_unique(History *log, int unique);
int csp_history_enter(History *log, const char *line);
int csp_history_load(History *log, const char *path);
int csp_history_save(History *log, const char *path);
/// The newest entry when `first` is 1, else the one older than the last returned; NULL after the oldest.
const char *csp_history_walk(History *log, int first);

/// Installs a SIGINT handler without SA_RESTART, so that Ctrl-C interrupts el_gets (it returns
/// NULL with EINTR) instead of killing the process or waiting for Enter.
int csp_install_interrupt_handler(void);
/// Whether SIGINT arrived since the last call; clears the flag.
int csp_take_interrupt(void);
/// Installs handlers for SIGTERM and SIGHUP that only record the signal, so the shell can save its
/// history and restore the terminal before it exits with 128+signal.
int csp_install_termination_handlers(void);
/// The termination signal received, or 0.
int csp_termination_signal(void);
/// Holds SIGTERM, SIGHUP and SIGINT back (blocked, so pending) until the release, which delivers
/// any that arrived meanwhile: a command that commits a change can then print its reply first.
int csp_hold_stop_signals(void);
/// Unblocks them, whatever mask the process inherited.
int csp_accept_stop_signals(void);
int csp_release_stop_signals(void);

/// setlocale(LC_CTYPE, ""), falling back to C.UTF-8 when the result is not UTF-8, so that
/// multibyte input ("Soluções") edits and reads correctly even with LANG unset. Returns 1 when the
/// user's locale was UTF-8 already, 0 when it fell back.
int csp_use_utf8_locale(void);

/// Whether stdout and stdin are terminals.
int csp_stdin_is_tty(void);
int csp_stdout_is_tty(void);

/// Columns of the terminal on standard output, or 0 when it is not a terminal.
int csp_terminal_columns(void);
/// Writes and flushes stdout through C's stream (the one libedit uses).
void csp_write_stdout(const char *text);
/// Into stdout's buffer only: the session loop flushes before it waits for a line.
void csp_write_stdout_buffered(const char *text);
void csp_flush_stdout(void);

#endif
