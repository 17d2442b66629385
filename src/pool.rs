//! The pool of warm workers, shared by all of a runtime's scripts.

use std::collections::HashMap;
use std::sync::Arc;

use parking_lot::Mutex;

use crate::error::{Error, Result};
use crate::runtime::{Config, Script};
use crate::worker::Worker;

pub(crate) struct Pool {
    max_isolates: usize,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// Idle workers by script name, most recently released last.
    idle: HashMap<String, Vec<Worker>>,
    /// Workers alive: idle plus leased, plus those being created.
    total: usize,
}

impl Pool {
    pub(crate) fn new(max_isolates: usize) -> Pool {
        Pool { max_isolates, state: Mutex::new(State::default()) }
    }

    /// A warm worker for `script`, or a new one while under the maximum.
    pub(crate) fn acquire(&self, script: &Arc<Script>, config: &Config) -> Result<Worker> {
        {
            let mut state = self.state.lock();
            if let Some(worker) = state.idle.get_mut(&script.name).and_then(Vec::pop) {
                return Ok(worker);
            }
            if state.total >= self.max_isolates {
                return Err(Error::PoolExhausted(self.max_isolates));
            }
            state.total += 1; // reserve the slot; create outside the lock
        }
        Worker::spawn(script.clone(), config).inspect_err(|_| {
            self.state.lock().total -= 1;
        })
    }

    pub(crate) fn release(&self, worker: Worker) {
        let mut state = self.state.lock();
        state.idle.entry(worker.script().name.clone()).or_default().push(worker);
    }
}
