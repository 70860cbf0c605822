from oidc_provider.lib.claims import ScopeClaims


class MemberScopeClaims(ScopeClaims):
    """The scope "member": the member number, which Skolering matches people by."""

    info_member = ("Medlemsnummer", "Ditt nummer i medlemsregisteret.")

    def scope_member(self):
        return {"member_number": self.user.username}
