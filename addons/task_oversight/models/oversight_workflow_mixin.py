from dataclasses import dataclass

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from .oversight_input_mixin import check_values

# client context keys that would switch off the chatter trail of R14
UNTRACKED_CONTEXT_KEYS = ("tracking_disable", "mail_notrack")
# the value with which a job that logs the changes itself, in bulk, switches tracking off:
# an object no client's (JSON) context can hold
LOGGED_BY_THE_JOB = object()


@dataclass(frozen=True)
class Action:
    """One action of a model's workflow, as its ``_actions`` table lists it: the states it
    applies to (``None``: any), the state it leads to (``None``: unchanged), the group that
    may take it and the sentence refusing the others (``None``: the model checks who), the
    sentence asking for its reason (when it needs one), the chatter subtype posted when it
    changes the state, the step it writes in a task's timeline, and its verb in messages
    ("You cannot pause task …"). Texts are ``LazyTranslate`` terms, translated at use."""

    sources: tuple | None
    target: str | None = None
    group: str | None = None
    refusal: object = None
    reason: object = None
    subtype: str | None = None
    step: str | None = None
    verb: object = ""
    dialog: bool = False  # taken from the task's decision dialog, which asks for the reason


def extend_allowlist(allowlist, extra):
    """``allowlist`` with the fields of ``extra`` added, group by group: what an addon
    extending a model returns from ``_get_create_allowlist`` / ``_get_write_allowlist``
    on top of ``super()``'s."""
    return {group: allowlist.get(group, frozenset()) | extra.get(group, frozenset()) for group in allowlist | extra}


class OversightWorkflowMixin(models.AbstractModel):
    """Writes by allowlist (R16) and the checks of the workflow buttons.

    Each model names, per group, the fields a user may set on ``create``
    (``_create_allowlist``) and change on ``write`` (``_write_allowlist``);
    a user may touch the union of the lists of its groups and nothing else,
    whatever the form shows. An addon extending a model adds fields through
    ``super()`` of :meth:`_get_create_allowlist` / :meth:`_get_write_allowlist`
    (:func:`extend_allowlist`), never by assigning the class attributes again,
    which would undo what another addon added. Results, states, decisions, authors and the
    record a child belongs to are written only by the workflow methods,
    after their own checks, through :meth:`_workflow_write`, the one elevated
    write. A client's context cannot switch off the tracking of these models.
    """

    _name = "oversight.workflow.mixin"
    _description = "Oversight Workflow Checks"
    # {group xml id: frozenset of field names}: the lists of the model that declares them
    _create_allowlist = {}
    _write_allowlist = {}
    # {action name: Action}: the model's workflow, in one table (see Action)
    _actions = {}

    @api.model_create_multi
    def create(self, vals_list):
        self._check_input(vals_list)
        model = self if self.env.su else self._without_forbidden_defaults()
        for vals in vals_list:
            model._check_vals(vals, self._get_create_allowlist(), model._default_echoes(vals))
        if not self.env.su:
            model._check_user_create(vals_list)
        return super(OversightWorkflowMixin, model._tracked()).create(vals_list)

    def write(self, vals):
        self._check_input([vals])
        self._check_vals(vals, self._get_write_allowlist())
        if not self.env.su:
            self._check_user_write(vals)
        return super(OversightWorkflowMixin, self._tracked()).write(vals)

    def onchange(self, values, field_names, fields_spec):
        """An onchange computes as superuser: refuse one about a record the user cannot read."""
        self._check_readable_references(values)
        return super().onchange(values, field_names, fields_spec)

    # ------------------------------------------------------------------
    # Allowlist
    # ------------------------------------------------------------------

    @api.model
    def _get_create_allowlist(self):
        """``{group xml id: field names}`` a user of each group may set on create."""
        return self._create_allowlist

    @api.model
    def _get_write_allowlist(self):
        """``{group xml id: field names}`` a user of each group may change on write."""
        return self._write_allowlist

    @api.model
    def _check_input(self, vals_list):
        """The values' types first (oversight.input.mixin), before anything converts them."""
        if not isinstance(vals_list, list | tuple) or not all(isinstance(vals, dict) for vals in vals_list):
            raise ValidationError(self.env._("Records are created and changed with dictionaries of field values."))
        for vals in vals_list:
            check_values(self, vals)

    def _tracked(self):
        context = self.env.context
        if any(context.get(key) and context.get(key) is not LOGGED_BY_THE_JOB for key in UNTRACKED_CONTEXT_KEYS):
            return self.with_context(**dict.fromkeys(UNTRACKED_CONTEXT_KEYS, False))
        return self

    def _without_forbidden_defaults(self):
        """A client's ``default_<field>`` context sets a field on create as surely
        as a value: only those of the user's create allowlist are kept."""
        allowed = self._allowed_fields(self._get_create_allowlist())
        context = {
            key: value
            for key, value in self.env.context.items()
            if not (key.startswith("default_") and key[8:] in self._fields and key[8:] not in allowed)
        }
        # the keys must go, not be set to False: replacing the context is the point here
        return self.with_context(context) if len(context) < len(self.env.context) else self  # pylint: disable=context-overridden

    def _default_echoes(self, vals):
        """The fields of ``vals`` a form sends back with the value the record
        gets anyway (its default, or nothing): setting them is no privilege."""
        if self.env.su:
            return frozenset()
        defaults = self.default_get([name for name in vals if name in self._fields])
        echoes = set()
        for name, value in vals.items():
            field = self._fields.get(name)
            if not field:
                continue
            if name not in defaults:
                if not value:
                    echoes.add(name)
            elif field.type not in ("one2many", "many2many") and field.convert_to_cache(
                value, self
            ) == field.convert_to_cache(defaults[name], self):
                echoes.add(name)
        return frozenset(echoes)

    def _check_vals(self, vals, allowlist, echoes=frozenset()):
        if self.env.su:
            return
        forbidden = set(vals) - self._allowed_fields(allowlist) - echoes
        if forbidden:
            names = ", ".join(sorted(self._fields[name]._description_string(self.env) for name in forbidden))
            raise AccessError(
                self.env._(
                    "You cannot set these fields of %(model)s yourself: %(fields)s. "
                    "They change only through the workflow buttons.",
                    model=self.env["ir.model"]._get(self._name).name,
                    fields=names,
                )
            )

    @api.model
    def _check_user_create(self, vals_list):
        """What a user (not a workflow method) may create beyond the fields: the model's own rule."""

    def _check_user_write(self, vals):
        """When a user (not a workflow method) may change the allowed fields: the model's own rule,
        e.g. only while the record is a draft."""

    @api.model
    def _allowed_fields(self, allowlist):
        user = self.env.user
        return frozenset().union(*(names for group, names in allowlist.items() if user.has_group(group)))

    @api.model
    def _check_readable_references(self, values):
        for name, value in (values or {}).items():
            field = self._fields.get(name)
            if not field or field.type != "many2one" or not value:
                continue
            record_id = value.get("id") if isinstance(value, dict) else value
            if isinstance(record_id, int):
                self.env[field.comodel_name].browse(record_id).check_access("read")

    def _workflow_write(self, vals):
        """The one elevated write: the workflow method calling it has checked
        the user's role, the records' states and the values."""
        return self.sudo().write(vals)

    # ------------------------------------------------------------------
    # The workflow table
    # ------------------------------------------------------------------

    def _check_action(self, name, reason=None, opening=False):
        """The checks the table holds for action ``name``: who, from which state, with which
        reason (not yet when ``opening`` the dialog that will ask for it)."""
        action = self._actions[name]
        if action.group:
            self._check_group(action.group, self._text(action.refusal))
        if action.sources is not None:
            self._check_state(action.sources, self._text(action.verb))
        if action.reason and not opening:
            self._check_reason(reason, self._text(action.reason))
        return action

    def _text(self, term):
        """A term of the table (``LazyTranslate``) in the language of this environment: a lazy
        term translated on its own guesses the language from its caller, not from us."""
        return term._translate(self.env.lang or "en_US") if hasattr(term, "_translate") else term

    def _apply_action(self, name, vals=None):
        """The elevated write of action ``name``: its target state (if it has one) and ``vals``."""
        action = self._actions[name]
        vals = dict(vals or {})
        if action.target:
            vals["state"] = action.target
        if vals:
            self._workflow_write(vals)
        return action

    def _action_subtype(self, init_values):
        """The subtype of the action of the table that moved the record from its former state."""
        self.ensure_one()
        if "state" not in init_values:
            return None
        former = init_values["state"]
        for action in self._actions.values():
            if action.subtype and action.target == self.state and (action.sources is None or former in action.sources):
                return self.env.ref(action.subtype)
        return None

    # ------------------------------------------------------------------
    # Checks of the workflow buttons
    # ------------------------------------------------------------------

    def _check_group(self, group_xmlid, message):
        if not self.env.su and not self.env.user.has_group(group_xmlid):
            raise UserError(message)

    def _check_state(self, states, action_label):
        wrong = self.filtered(lambda record: record.state not in states)[:1]
        if wrong:
            labels = dict(self._fields["state"]._description_selection(self.env))
            raise UserError(wrong._state_error_message(labels[wrong.state], action_label))

    def _check_reason(self, reason, message):
        if not isinstance(reason, str) or not reason.strip():
            raise UserError(message)

    @api.model
    def _check_own_agency(self, vals_list, message):
        """Records created in an agency's name (``agency_id``, the user's by default)
        belong to the user's agency or one of its sub-agencies; the Office may act for any."""
        if self.env.user.has_group("task_oversight.group_office"):
            return
        agency = self.env.user.oversight_agency_id
        own = self.env["oversight.agency"].search([("id", "child_of", agency.ids)]) if agency else agency
        for vals in vals_list:
            vals.setdefault("agency_id", agency.id)
            if vals["agency_id"] not in own.ids:
                raise AccessError(message)

    def _check_leader_field(self, name):
        """The user in field ``name`` (an assigning leader, a signer) is a Committee leader:
        a leader follows the tasks and receives the last level of the ladder (R10)."""
        leaders = self.env.ref("task_oversight.group_leader").sudo().all_user_ids
        wrong = self.filtered(lambda record: record[name] and record[name] not in leaders)[:1]
        if wrong:
            raise ValidationError(
                self.env._(
                    "%(user)s is not a leader of the Committee and cannot be “%(field)s”: choose the Chairman "
                    "or a Vice-Chairman.",
                    user=wrong[name].name,
                    field=self._fields[name]._description_string(self.env),
                )
            )

    def _has_activity(self, xmlid):
        """Whether the record (of a model with activities) has an open to-do of the type ``xmlid``."""
        self.ensure_one()
        return bool(self.activity_ids.filtered(lambda activity: activity.activity_type_id == self.env.ref(xmlid)))

    def _state_error_message(self, state_label, action_label):
        """The sentence refusing ``action_label`` on this record in ``state_label``."""
        raise NotImplementedError

    # ------------------------------------------------------------------
    # Keyword arguments of the workflow methods, as RPC clients send them
    # ------------------------------------------------------------------

    @api.model
    def _date_argument(self, value, label):
        """A date given to a workflow method: a date or an ISO string (2026-12-31)."""
        try:
            return fields.Date.to_date(value)
        except (TypeError, ValueError):
            raise UserError(
                self.env._(
                    "“%(value)s” is not a valid date for %(label)s: write it as YYYY-MM-DD, for example 2026-12-31.",
                    value=value,
                    label=label,
                )
            ) from None

    @api.model
    def _records_argument(self, model, value, label):
        """Records given by their ids (a list) to a workflow method; ``None`` when not given."""
        if value is None:
            return None
        if not isinstance(value, list | tuple) or any(isinstance(v, bool) or not isinstance(v, int) for v in value):
            raise UserError(
                self.env._("“%(value)s” is not a valid list of %(label)s: give their ids.", value=value, label=label)
            )
        records = self.env[model].browse(value)
        if len(records.exists()) != len(set(value)):
            raise UserError(self.env._("Some of the %(label)s given no longer exist.", label=label))
        return records

    @api.model
    def _record_argument(self, model, value, label):
        """A record given by its id to a workflow method; an empty recordset when none is given."""
        if not value:
            return self.env[model]
        if isinstance(value, bool) or not isinstance(value, int):
            raise UserError(self.env._("“%(value)s” is not a valid %(label)s.", value=value, label=label))
        record = self.env[model].browse(value).exists()
        if not record:
            raise UserError(self.env._("The %(label)s no longer exists.", label=label))
        return record
