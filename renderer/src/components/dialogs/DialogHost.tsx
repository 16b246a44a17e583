// Shows whichever dialog the UI store says is open.
import { useUi } from '../../stores/ui';
import { OptionsDialog } from '../options/OptionsDialog';
import { AddContactDialog } from './AddContactDialog';
import { ConfirmDeleteDialog, PropertiesDialog } from './ContactDialogs';
import { ConfirmDeleteGroupDialog, GroupNameDialog } from './GroupDialogs';
import { NicknameDialog } from './NicknameDialog';

export function DialogHost(): React.JSX.Element | null {
  const dialog = useUi((s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'options':
      return <OptionsDialog initialTab={dialog.tab} />;
    case 'addContact':
      return <AddContactDialog />;
    case 'properties':
      return <PropertiesDialog email={dialog.email} />;
    case 'nickname':
      return <NicknameDialog email={dialog.email} />;
    case 'confirmDelete':
      return <ConfirmDeleteDialog email={dialog.email} />;
    case 'createGroup':
      return <GroupNameDialog />;
    case 'renameGroup':
      return <GroupNameDialog groupId={dialog.groupId} />;
    case 'confirmDeleteGroup':
      return <ConfirmDeleteGroupDialog groupId={dialog.groupId} />;
  }
}
