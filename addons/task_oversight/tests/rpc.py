"""The calls a client makes over HTTP, for the tests that try each role as an attacker would:
the web client's JSON-RPC with a session, and ``/json/2`` with an API key. Mixed into an
``HttpCase``; the users' passwords are their logins."""

import json
from datetime import timedelta


class OversightRpcMixin:
    def _call_kw(self, user, model, method, args, kwargs=None):
        """The result of a JSON-RPC call as ``user`` (``JsonRpcException`` when refused)."""
        self.authenticate(user.login, user.login)
        params = {"model": model, "method": method, "args": args, "kwargs": kwargs or {}}
        return self.make_jsonrpc_request(f"/web/dataset/call_kw/{model}/{method}", params)

    def _call_kw_answer(self, user, model, method, args, kwargs=None):
        """The whole JSON answer of a JSON-RPC call as ``user``: its ``result`` or ``error``."""
        self.authenticate(user.login, user.login)
        payload = {
            "jsonrpc": "2.0",
            "method": "call",
            "id": 1,
            "params": {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        }
        response = self.url_open(
            f"/web/dataset/call_kw/{model}/{method}",
            data=json.dumps(payload),
            headers={"Content-Type": "application/json"},
        )
        return response.json()

    def _call_kw_error(self, user, model, method, args, kwargs=None):
        """``(exception name, message)`` of a refused JSON-RPC call, as the web client reads them."""
        error = self._call_kw_answer(user, model, method, args, kwargs)["error"]["data"]
        return error["name"], error["message"]

    def _json2(self, user, model, method, body):
        """``(status, JSON body)`` of a ``/json/2`` call with an API key of ``user``."""
        key = (
            self.env["res.users.apikeys"]
            .with_user(user)
            ._generate(
                scope="rpc", name="script", expiration_date=self.env.company._oversight_now() + timedelta(hours=4)
            )
        )
        response = self.url_open(
            f"/json/2/{model}/{method}",
            data=json.dumps(body),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {key}"},
        )
        return response.status_code, response.json()
